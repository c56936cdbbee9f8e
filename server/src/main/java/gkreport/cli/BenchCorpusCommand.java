package gkreport.cli;

import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gkreport bench-corpus}: writes generated reports for benchmarks (hidden from the usage). */
@Command(name = "bench-corpus", hidden = true, mixinStandardHelpOptions = true,
        description = "生成基准测试用的报告 / Generate reports for benchmarks.")
final class BenchCorpusCommand implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "1000", description = "how many reports (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--out", required = true, description = "folder to write them to")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--defects", defaultValue = "0.2", description = "share of reports with one injected defect (default: ${DEFAULT-VALUE})")
    double defects;

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        CorpusGenerator generator = new CorpusGenerator(seed, defects);
        for (int i = 0; i < count; i++) {
            GeneratedReport report = generator.next();
            Files.writeString(out.resolve(String.format("report-%06d.txt", i)), report.text(), StandardCharsets.UTF_8);
        }
        return ExitCodes.CLEAN;
    }
}

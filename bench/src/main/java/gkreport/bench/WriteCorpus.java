package gkreport.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Writes generated reports for benchmarks and end-to-end tests:
 * {@code java -cp bench/target/benchmarks.jar gkreport.bench.WriteCorpus --count N --out DIR}.
 */
@Command(name = "WriteCorpus", mixinStandardHelpOptions = true, description = "Generate reports for benchmarks.")
public final class WriteCorpus implements Callable<Integer> {
    @Option(names = "--count", defaultValue = "1000", description = "how many reports (default: ${DEFAULT-VALUE})")
    int count;

    @Option(names = "--out", required = true, description = "folder to write them to")
    Path out;

    @Option(names = "--seed", defaultValue = "1", description = "random seed (default: ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--defects", defaultValue = "0.2", description = "share of reports with one injected defect (default: ${DEFAULT-VALUE})")
    double defects;

    public static void main(String[] args) {
        System.exit(new CommandLine(new WriteCorpus()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        Files.createDirectories(out);
        CorpusGenerator generator = new CorpusGenerator(seed, defects);
        for (int i = 0; i < count; i++) {
            GeneratedReport report = generator.next();
            Files.writeString(out.resolve(String.format("report-%06d.txt", i)), report.text(), StandardCharsets.UTF_8);
        }
        return 0;
    }
}

package gkreport.bench.jmh;

import gkreport.bench.CorpusGenerator;
import gkreport.grammar.ReportParser;
import gkreport.grammar.syntax.Document;
import gkreport.recognize.Recognizer;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Throughput of the analysis alone (parse, recognise, rules), per stage, on a sample-sized report
 * and on a 1 MB one. Divide the input size by the time per operation for MB/s.
 * <pre>java -jar bench/target/benchmarks.jar AnalyzeBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AnalyzeBenchmark {
    /** 「sample」: samples/004 (8 KB, cell-per-line); 「generated」: one generated report; 「1mb」: reports joined to 1 MB. */
    @Param({"sample", "generated", "1mb"})
    public String input;

    private final Analyzer analyzer = new Analyzer();
    private String text;
    private Document document;

    @Setup
    public void setUp() throws IOException {
        CorpusGenerator generator = new CorpusGenerator(7, 0);
        text = switch (input) {
            case "sample" -> Files.readString(Path.of(System.getProperty("gkreport.sample", "samples/004_0edd787810d9c4bb.txt")));
            case "generated" -> generator.next().text();
            default -> {
                StringBuilder b = new StringBuilder();
                while (b.length() < 1_000_000 / 3) b.append(generator.next().text());
                yield b.toString();
            }
        };
        document = ReportParser.parse(text);
    }

    @Benchmark
    public Document parse() {
        return ReportParser.parse(text);
    }

    @Benchmark
    public Object recognize() {
        return Recognizer.recognize(document);
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(text, Settings.DEFAULT);
    }
}

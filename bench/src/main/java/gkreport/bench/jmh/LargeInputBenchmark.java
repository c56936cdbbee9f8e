package gkreport.bench.jmh;

import gkreport.bench.CorpusGenerator;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
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
 * Time of the analysis on inputs far beyond a real report, at two sizes each, so that a time that
 * grows faster than the input shows: reports one after the other (2.5 and 5 MB), one line (0.5 and
 * 1 MB), tiny pipe rows (50,000 and 100,000). {@code LargeInputTest} checks their results.
 * <pre>java -jar bench/target/benchmarks.jar LargeInputBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgs = "-Xmx1g")
public class LargeInputBenchmark {
    @Param({"reports-2.5mb", "reports-5mb", "line-0.5mb", "line-1mb", "rows-50k", "rows-100k"})
    public String input;

    private final Analyzer analyzer = new Analyzer();
    private String text;

    @Setup
    public void setUp() {
        text = switch (input) {
            case "reports-2.5mb" -> reports(2_500_000);
            case "reports-5mb" -> reports(5_000_000);
            case "line-0.5mb" -> reports(500_000).replace('\n', ' ');
            case "line-1mb" -> reports(1_000_000).replace('\n', ' ');
            case "rows-50k" -> rows(50_000);
            default -> rows(100_000);
        };
    }

    private static String reports(int chars) {
        CorpusGenerator generator = new CorpusGenerator(5, 0.2);
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) b.append(generator.next().text());
        return b.toString();
    }

    private static String rows(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) b.append('|').append(i % 10).append("|0|\n");
        return b.toString();
    }

    @Benchmark
    public Analysis analyze() {
        return analyzer.analyze(text, Settings.DEFAULT);
    }
}

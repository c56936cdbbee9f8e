package gkreport.bench.jmh;

import gkreport.importer.Importer;
import gkreport.importer.ImportedDocument;
import gkreport.importer.pdf.PdfImporter;
import gkreport.io.UnreadableFileException;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
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
 * A report PDF read from the page ({@code read}: glyphs, rulings, grids, paragraphs) and then
 * checked as {@code check} does it ({@code importAndAnalyze}: the canonical text, then the
 * analysis), for each of the three real PDFs of the test corpus (5, 5 and 6 pages).
 * <pre>java -jar bench/target/benchmarks.jar PdfBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PdfBenchmark {
    @Param({"hzq2023", "hzq2024", "szfgs2024"})
    public String pdf;

    private final Analyzer analyzer = new Analyzer();
    private Path file;

    @Setup
    public void setUp() {
        file = Path.of(System.getProperty("gkreport.pdfs", "server/src/test/resources/corpus/pdf"), pdf + ".pdf");
    }

    @Benchmark
    public ImportedDocument read() throws UnreadableFileException {
        return PdfImporter.read(file);
    }

    @Benchmark
    public Analysis importAndAnalyze() throws UnreadableFileException {
        return analyzer.analyze(Importer.canonicalText(file), Settings.DEFAULT);
    }
}

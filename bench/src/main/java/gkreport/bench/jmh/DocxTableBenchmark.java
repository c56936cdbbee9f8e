package gkreport.bench.jmh;

import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A .docx of one large Word table imported to its canonical text, at sizes whose times show
 * whether the cost grows linearly with the cells: a row of 10,000 and of 30,000 cells, and 200
 * rows of 240 (near the limit of 50,000 cells). {@code HostileFilesTest} checks the refusals past
 * the limits and the largest table read in a 64 MB heap.
 * <pre>java -jar bench/target/benchmarks.jar DocxTableBenchmark</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = "-Xmx256m")
public class DocxTableBenchmark {
    private static final String CONTENT_TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/word/document.xml\""
            + " ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/></Types>";
    private static final String RELATIONSHIPS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
            + " Target=\"word/document.xml\"/></Relationships>";

    @Param({"1x10000", "1x30000", "200x240"})
    public String table;

    private Path file;

    @Setup
    public void setUp() throws IOException {
        String[] size = table.split("x");
        file = Files.createTempFile("gkreport-table-", ".docx");
        write(file, Integer.parseInt(size[0]), Integer.parseInt(size[1]));
    }

    @TearDown
    public void tearDown() throws IOException {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public String importTable() throws UnreadableFileException {
        return Importer.canonicalText(file);
    }

    private static void write(Path file, int rows, int cellsPerRow) {
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(file))) {
            Writer out = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
            entry(zip, out, "[Content_Types].xml", CONTENT_TYPES);
            entry(zip, out, "_rels/.rels", RELATIONSHIPS);
            zip.putNextEntry(new ZipEntry("word/document.xml"));
            out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document"
                    + " xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:tbl>");
            int n = 0;
            for (int r = 0; r < rows; r++) {
                out.write("<w:tr>");
                for (int c = 0; c < cellsPerRow; c++) out.write("<w:tc><w:p><w:r><w:t>" + ++n + "</w:t></w:r></w:p></w:tc>");
                out.write("</w:tr>");
            }
            out.write("</w:tbl></w:body></w:document>");
            out.flush();
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void entry(ZipOutputStream zip, Writer out, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        out.write(text);
        out.flush();
        zip.closeEntry();
    }
}

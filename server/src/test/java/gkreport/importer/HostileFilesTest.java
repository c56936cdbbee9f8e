package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gkreport.io.UnreadableFileException;
import gkreport.testkit.Cli;
import gkreport.testkit.Hostile;
import gkreport.testkit.HostilePdf;
import gkreport.testkit.Pdf;
import gkreport.testkit.PdfCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken files are refused quickly, with a reason and exit code 2, within a 64 MB heap,
 * never with a hang or a stack trace. Each file is made here, small on disk.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class HostileFilesTest {
    /** The heap the command line gets in the bounded-memory run. */
    static final String HEAP = "-Xmx64m";

    @TempDir
    static Path dir;
    static Path secret;

    @BeforeAll
    static void secret() throws IOException {
        secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT", StandardCharsets.UTF_8);
    }

    private static List<Arguments> cases;

    /** Made once for all tests of the class. */
    static synchronized Stream<Arguments> hostileFiles() {
        if (cases == null) cases = make();
        return cases.stream();
    }

    private static List<Arguments> make() {
        return List.of(
                hostile("zip bomb (256 MB of document.xml)", f -> Hostile.zipBomb(f, 256), "bomb.docx", "import.zipBomb"),
                hostile("part compressing a thousandfold", f -> Hostile.compressedTooWell(f, 8), "ratio.docx", "import.zipBomb"),
                hostile("oversized .docx", f -> Hostile.sparse(f, ImportLimits.MAX_DOCX_BYTES + 1), "big.docx", "file.tooLarge"),
                hostile("corrupt .docx (ZIP cut in half)", f -> Hostile.truncated(f, TemplateDocxTest.TEMPLATE), "cut.docx", "import.corrupt"),
                hostile("not a ZIP at all", f -> write(f, "这不是 Word 文档"), "text.docx", "import.notDocx"),
                hostile(".doc renamed .docx", Hostile::legacyDoc, "old.docx", "import.legacyDoc"),
                hostile("external entity in document.xml", f -> Hostile.externalEntity(f, secret, 0), "xxe.docx", "import.doctype"),
                hostile("Word table row of 100,000 cells", f -> Hostile.wordTable(f, 1, 100_000, 1), "wide-row.docx",
                        "import.docx.tooManyCells"),
                hostile("Word table of 120,000 rows", f -> Hostile.wordTable(f, 120_000, 1, 1), "long-table.docx", "import.docx.tooManyRows"),
                hostile("Word table of 600 × 500 cells", f -> Hostile.wordTable(f, 600, 500, 1), "big-table.docx", "import.docx.tooManyCells"),
                hostile("Word table of 2,000 cells each spanning 1,000 columns", f -> Hostile.wordTable(f, 2_000, 1, 1_000), "spans.docx",
                        "import.docx.tooManyCells"),
                hostile("Word table one cell past the limit", f -> Hostile.wordTable(f, 100, ImportLimits.MAX_DOCX_TABLE_CELLS / 100 + 1, 1),
                        "past-limit.docx", "import.docx.tooManyCells"),
                hostile("50 MB web page", f -> Hostile.sparse(f, 50L * 1024 * 1024), "huge.html", "file.tooLarge"),
                hostile("web page of 7 MB of tiny cells", f -> Hostile.manyTags(f, 7), "cells.html", "import.htmlTooComplex"),
                hostile("34 KB web page of 990 rows with colspan=\"1000\"", f -> Hostile.wideSpans(f, 1, 990, 1000), "spans.html",
                        "import.tableTooLarge"),
                hostile("web page of six tables of 20,000 spanned cells", f -> Hostile.wideSpans(f, 6, 200, 100), "tables.html",
                        "import.pageTablesTooLarge"),
                hostile("scanned PDF (images, no text layer)", f -> HostilePdf.scan(f, 3), "scan.pdf", "import.pdf.noText"),
                hostile("PDF of an image claiming 50,000 × 50,000 pixels", f -> HostilePdf.hugeImage(f, null), "image.pdf",
                        "import.pdf.noText"),
                hostile("PDF with a password to open", f -> report().save(f, "owner", "user"), "locked.pdf", "import.pdf.encrypted"),
                hostile("not a PDF at all", f -> write(f, "这不是 PDF 文件"), "text.pdf", "import.pdf.notPdf"),
                hostile("PDF cut in half", f -> HostilePdf.truncated(f, PdfCorpus.path("hzq2023")), "cut.pdf", "import.pdf.truncated"),
                hostile("PDF whose body and cross-references are junk", HostilePdf::brokenXref, "junk.pdf", "import.pdf.corrupt"),
                hostile("oversized PDF", f -> Hostile.sparse(f, ImportLimits.MAX_PDF_BYTES + 1), "big.pdf", "file.tooLarge"),
                hostile("PDF of 100,000 pages", f -> HostilePdf.pages(f, 100_000), "pages.pdf", "import.pdf.tooManyPages"),
                hostile("PDF page tree nested 100,000 deep", f -> HostilePdf.deepPageTree(f, 100_000), "deep.pdf",
                        "import.pdf.nestedTooDeep"),
                hostile("PDF page of a million operators", f -> report().repeat("0 0 m", 1_000_000).save(f), "operators.pdf",
                        "import.pdf.tooComplex"),
                hostile("PDF page of 30,000 tiny rulings", f -> report().repeat("10 10 m 11 10 l S", 30_000).save(f), "rulings.pdf",
                        "import.pdf.tooComplex"),
                hostile("PDF table of 200 × 200 cells", f -> grid(report(), 200).save(f), "cells.pdf", "import.pdf.tooComplex"),
                hostile("PDF content stream inflating to 40 MB", f -> report().repeat(" ".repeat(1023), 40 * 1024).save(f), "bomb.pdf",
                        "import.pdf.tooComplex"));
    }

    /** A page with a report's title: readable, were it not for what a case adds. */
    private static Pdf report() {
        return new Pdf().page().text(90, 100, 16, "某某局2024年政府信息公开工作年度报告");
    }

    /** A ruled grid of n × n cells of 3 points. */
    private static Pdf grid(Pdf pdf, int n) {
        StringBuilder lines = new StringBuilder("0.1 w");
        int end = 40 + 3 * n;
        for (int at = 40; at <= end; at += 3) lines.append(" 40 ").append(at).append(" m ").append(end).append(' ').append(at).append(" l");
        for (int at = 40; at <= end; at += 3) lines.append(' ').append(at).append(" 40 m ").append(at).append(' ').append(end).append(" l");
        return pdf.raw(lines.append(" S").toString());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void isRefusedWithAReason(String what, Path file, String reason) {
        assertThatThrownBy(() -> Importer.canonicalText(file)).as(what)
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason().key()).isEqualTo(reason));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void checkReportsItAsUnreadableAndExitsTwo(String what, Path file, String reason) {
        Cli cli = Cli.run("check", file.toString());
        assertThat(cli.exit()).as(what).isEqualTo(2);
        assertThat(cli.out()).contains(file.toString().replace('\\', '/') + "：无法读取：");
        assertThat(cli.out() + cli.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aDocxCutInHalfIsExplainedInTheUsersLanguageWithPoisDetailAfter() {
        Path file = Hostile.truncated(dir.resolve("半截.docx"), TemplateDocxTest.TEMPLATE);
        Cli zh = Cli.run("check", file.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.out()).contains(file + "：无法读取：.docx 文件已损坏，无法读取：ZIP 压缩包不完整，文件可能被截断（技术信息：");
        Cli en = Cli.run("check", "--lang", "en", file.toString());
        assertThat(en.out()).contains("the .docx is damaged and cannot be read: the ZIP container is incomplete; the file may be cut short (technical detail: ");
    }

    @Test
    void anExternalEntityDeclaredLaterIsRefusedByTheParserAndNeverRead() {
        Path file = Hostile.externalEntity(dir.resolve("xxe-late.docx"), secret, 8000);
        assertThatThrownBy(() -> Importer.canonicalText(file)).isInstanceOfSatisfying(UnreadableFileException.class,
                e -> assertThat(e.reason().key()).isEqualTo("import.corrupt"));
        Cli cli = Cli.run("import", file.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out() + cli.err()).doesNotContain("TOP-SECRET-CONTENT");
    }

    /** Every hostile file, and the largest web page and .docx accepted, checked by the real command line in a small heap. */
    @Test
    @Timeout(value = 120, unit = TimeUnit.SECONDS)
    void allOfThemTogetherAreCheckedInASmallHeap() throws IOException, InterruptedException {
        Path folder = Files.createDirectories(dir.resolve("all"));
        hostileFiles().forEach(a -> copy((Path) a.get()[1], folder));
        Path page = Hostile.longPage(folder.resolve("long-page.html"), (int) (ImportLimits.MAX_HTML_BYTES / (1024 * 1024)));
        Path table = largestWordTable(folder.resolve("largest-table.docx"));
        SmallHeap run = SmallHeap.run("check", "--format", "json", folder.toString());
        assertThat(run.exit()).as(run.output()).isEqualTo(2);
        assertThat(run.output()).doesNotContain("Exception", "OutOfMemory", "\tat ");
        assertThat(run.output()).contains("\"unreadable\": " + hostileFiles().count());
        assertThat(run.output()).contains(page.getFileName().toString(), table.getFileName().toString());
    }

    @Test
    void aWordTablePastTheLimitIsRefusedNamingItsCountAndTheLimit() throws IOException, InterruptedException {
        Path file = Hostile.wordTable(dir.resolve("一行十万格.docx"), 1, 100_000, 1);
        SmallHeap zh = SmallHeap.run("import", file.toString());
        assertThat(zh.exit()).isEqualTo(2);
        assertThat(zh.output()).contains("无法读取：.docx 的表格单元格过多（100000 个，合并单元格按所跨列数计，上限 "
                + ImportLimits.MAX_DOCX_TABLE_CELLS + " 个），已拒绝读取");
        SmallHeap en = SmallHeap.run("import", "--lang", "en", Hostile.wordTable(dir.resolve("rows.docx"), 120_000, 1, 1).toString());
        assertThat(en.exit()).isEqualTo(2);
        assertThat(en.output()).contains("the .docx's tables have too many rows (120000, limit " + ImportLimits.MAX_DOCX_TABLE_ROWS + "); refused");
    }

    @Test
    void theLargestWordTableAcceptedIsReadWholeInASmallHeap() throws IOException, InterruptedException {
        Path file = largestWordTable(dir.resolve("largest.docx"));
        SmallHeap run = SmallHeap.run("import", file.toString());
        assertThat(run.exit()).as(run.output()).isZero();
        List<String> rows = run.output().lines().filter(l -> l.startsWith("| ")).toList();
        assertThat(rows).hasSize(LARGEST_TABLE_ROWS + 1);
        assertThat(rows.get(0)).startsWith("| 1 | 2 | 3 |");
        assertThat(rows.get(rows.size() - 1)).endsWith(" | " + ImportLimits.MAX_DOCX_TABLE_CELLS + " |");
    }

    private static final int LARGEST_TABLE_ROWS = 200;

    /** A table of exactly as many cells as a .docx may have. */
    private static Path largestWordTable(Path file) {
        return Hostile.wordTable(file, LARGEST_TABLE_ROWS, ImportLimits.MAX_DOCX_TABLE_CELLS / LARGEST_TABLE_ROWS, 1);
    }

    /** The command line run as its own process in the small heap: its exit code and what it printed. */
    private record SmallHeap(int exit, String output) {
        static SmallHeap run(String... args) throws IOException, InterruptedException {
            List<String> command = new java.util.ArrayList<>(List.of(javaBinary(), HEAP, "-cp", System.getProperty("java.class.path"),
                    "gkreport.cli.Main"));
            command.addAll(List.of(args));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(p.waitFor(100, TimeUnit.SECONDS)).isTrue();
            return new SmallHeap(p.exitValue(), output);
        }
    }

    private static Arguments hostile(String what, Function<Path, Path> make, String name, String reason) {
        return Arguments.of(what, make.apply(dir.resolve(name)), reason);
    }

    private static Path write(Path file, String text) {
        try {
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static void copy(Path file, Path folder) {
        try {
            Files.copy(file, folder.resolve(file.getFileName()));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}

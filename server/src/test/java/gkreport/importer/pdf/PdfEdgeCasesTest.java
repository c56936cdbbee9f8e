package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.ImportedDocument;
import gkreport.io.UnreadableFileException;
import gkreport.testkit.HostilePdf;
import gkreport.testkit.Pdf;
import gkreport.testkit.PdfCorpus;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFs that look hostile but are read: protected by an owner password only, drawing an image that
 * would take gigabytes decoded, with cross-references that point wrong. The refusals themselves
 * are in {@link gkreport.importer.HostileFilesTest}, with the other kinds of file.
 */
class PdfEdgeCasesTest {
    private static final String TITLE = "某某局2024年政府信息公开工作年度报告";

    @TempDir
    Path dir;

    private static List<String> paragraphs(ImportedDocument document) {
        return PdfCorpusTest.paragraphs(document);
    }

    /** A password against printing or copying only: the file opens without one, as in every viewer, and is read. */
    @Test
    void aPdfProtectedByAnOwnerPasswordOnlyIsRead() throws UnreadableFileException {
        Path file = new Pdf().page().text(90, 100, 16, TITLE).save(dir.resolve("owner.pdf"), "owner", "");
        assertThat(paragraphs(PdfImporter.read(file))).containsExactly(TITLE);
    }

    /** The image is never decoded: its text is read, in far less time than decoding 7.5 GB would take. */
    @Test
    void anImageOfGigabytesIsNeverDecoded() throws UnreadableFileException {
        Path file = HostilePdf.hugeImage(dir.resolve("image.pdf"), TITLE);
        assertThat(paragraphs(PdfImporter.read(file))).containsExactly(TITLE);
    }

    @Test
    void crossReferencesThatPointWrongAreRebuilt() throws UnreadableFileException {
        Path file = HostilePdf.shiftedXref(dir.resolve("shifted.pdf"), PdfCorpus.path("hzq2024"));
        assertThat(PdfImporter.read(file)).isEqualTo(PdfCorpusTest.read("hzq2024"));
    }

    @Test
    void aScanSaysHowManyPagesOfImagesItHas() {
        Path file = HostilePdf.scan(dir.resolve("scan.pdf"), 3);
        assertThat(refusal(file)).isEqualTo(Message.of("import.pdf.noText", 3));
        assertThat(Messages.ZH.render(refusal(file))).contains("共 3 页", "扫描件", "OCR");
        assertThat(Messages.EN.render(refusal(file))).contains("3 pages", "scan", "OCR");
    }

    /**
     * Fonts without a Unicode mapping give a text layer of Latin-1 junk (「¿”¿¡‹…„·”ƒ¥」 for a line of
     * Chinese): the PDF is refused as a scan is, with its own reason and the share of junk.
     */
    @Test
    void aTextLayerOfJunkIsRefusedWithItsOwnReason() {
        int[] line = {0xBF, 0x94, 0xBF, 0xA1, 0x8B, 0x85, 0x84, 0xB7, 0x94, 0x83, 0xA5, 0xC6, 0xD5, 0xE3, 0xCC, 0xB0};
        Pdf pdf = new Pdf().page();
        for (int i = 0; i < 10; i++) pdf.codes(90, 100 + 20 * i, 16, line);
        Path file = pdf.text(290, 805, 10, "- 1 -").save(dir.resolve("junk.pdf"));
        assertThat(refusal(file).key()).isEqualTo("import.pdf.garbled");
        assertThat(Messages.ZH.render(refusal(file))).contains("文字层无法识别为文字", "字体缺少编码映射", "Word");
        assertThat(Messages.EN.render(refusal(file))).contains("text layer does not read as text", "Unicode mapping");
    }

    /** A few Latin-1 symbols in a report (「m²」「°C」「×」「·」) are text all the same. */
    @Test
    void aReportWithSomeLatinSymbolsIsRead() throws UnreadableFileException {
        String line = "新建面积1200m²，室温25°C，3×4间，阿卜杜·热合曼（§2）±5%，¥¥¥¥";
        Path file = new Pdf().page().text(90, 100, 12, TITLE).text(90, 130, 12, line).save(dir.resolve("latin.pdf"));
        assertThat(paragraphs(PdfImporter.read(file))).containsExactly(TITLE, line);
    }

    /** The page that goes beyond a limit is named, with the limit. */
    @Test
    void aPageTooComplexIsNamedWithTheLimitItPasses() {
        Path file = new Pdf().page().text(90, 100, 16, TITLE).page().repeat("0 0 m", 1_000_000).save(dir.resolve("ops.pdf"));
        assertThat(Messages.ZH.render(refusal(file))).isEqualTo("PDF 第 2 页过于复杂（绘图指令超过 200000 条），已拒绝读取");
        assertThat(Messages.EN.render(refusal(file))).isEqualTo("page 2 of the PDF is too complex (more than 200000 drawing operators); refused");
    }

    @Test
    void everyReasonReadsInBothLanguages() {
        for (String key : List.of("import.pdf.notPdf", "import.pdf.truncated", "import.pdf.encrypted", "import.pdf.noText", "import.pdf.garbled",
                "import.pdf.tooManyPages", "import.pdf.tooComplex", "import.pdf.nestedTooDeep", "import.pdf.corrupt",
                "import.pdf.limit.operators", "import.pdf.limit.glyphs", "import.pdf.limit.segments", "import.pdf.limit.cells",
                "import.pdf.limit.stream", "import.pdf.limit.decoded")) {
            String zh = Messages.ZH.render(Message.of(key, 1, 2));
            String en = Messages.EN.render(Message.of(key, 1, 2));
            assertThat(zh).as(key).doesNotStartWith(key).containsPattern("\\p{IsHan}");
            assertThat(en).as(key).doesNotStartWith(key).doesNotContainPattern("\\p{IsHan}");
        }
    }

    private static Message refusal(Path file) {
        try {
            PdfImporter.read(file);
            throw new AssertionError(file + " was read");
        } catch (UnreadableFileException e) {
            return e.reason();
        }
    }
}

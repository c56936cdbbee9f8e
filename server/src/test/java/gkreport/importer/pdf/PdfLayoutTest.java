package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.ImportedDocument;
import gkreport.io.UnreadableFileException;
import gkreport.testkit.Pdf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a page is read, on PDFs made for the purpose: grids from borders drawn as lines or as thin
 * filled rectangles, merged cells, wrapped labels, tables cut by a page break, paragraphs from
 * indents and short lines, page numbers, fake bold, letter-spacing and word spaces.
 */
class PdfLayoutTest {
    /** 16-point text from the left margin at 90 reaches the right margin at 506 after 26 CJK characters. */
    private static final String LINE = "政府信息公开工作坚持以公开为常态、不公开为例外，全面推进";

    @TempDir
    Path dir;

    private ImportedDocument read(Pdf pdf) throws UnreadableFileException {
        return PdfImporter.read(pdf.save(dir.resolve("test.pdf")));
    }

    private static List<ImportedDocument.Block> withoutPageBreaks(ImportedDocument document) {
        return document.blocks().stream().filter(b -> !(b instanceof ImportedDocument.PageBreak)).toList();
    }

    private static ImportedDocument.Paragraph paragraph(String text) {
        return new ImportedDocument.Paragraph(text);
    }

    @SafeVarargs
    private static ImportedDocument.Grid grid(List<String>... rows) {
        return new ImportedDocument.Grid(List.of(rows));
    }

    /**
     * A caption row over three columns, a label merged over two rows, a label wrapped in its cell:
     * borders drawn as WPS draws them, as filled rectangles half a point thick.
     */
    private static Pdf tableWithMergedCells(Pdf pdf) {
        double[] xs = {100, 250, 330, 410};
        pdf.bar(100, 200, 310, 0.5).bar(100, 230, 310, 0.5).bar(100, 260, 310, 0.5).bar(250, 290, 160, 0.5).bar(100, 320, 310.5, 0.5);
        pdf.bar(100, 200, 0.5, 120).bar(410, 200, 0.5, 120).bar(250, 230, 0.5, 90).bar(330, 230, 0.5, 90);
        return cellsOfTheTable(pdf);
    }

    private static Pdf cellsOfTheTable(Pdf pdf) {
        pdf.text(110, 208, 12, "第二十条第（一）项");
        pdf.text(110, 238, 12, "信息内容").text(260, 232, 12, "本年制").text(260, 246, 12, "发件数").text(340, 238, 12, "本年废止件数");
        return pdf.text(110, 283, 12, "规章").text(260, 268, 12, "1").text(340, 268, 12, "2").text(260, 298, 12, "3").text(340, 298, 12, "4");
    }

    private static final ImportedDocument.Grid TABLE_WITH_MERGED_CELLS = grid(
            List.of("第二十条第（一）项", "<<", "<<"),
            List.of("信息内容", "本年制发件数", "本年废止件数"),
            List.of("规章", "1", "2"),
            List.of("^^", "3", "4"));

    @Test
    void aTableIsAGridWithItsMergedCellsMarked() throws UnreadableFileException {
        assertThat(withoutPageBreaks(read(tableWithMergedCells(new Pdf().page())))).containsExactly(TABLE_WITH_MERGED_CELLS);
    }

    @Test
    void bordersDrawnAsStrokedLinesMakeTheSameGrid() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        pdf.line(100, 200, 410, 200).line(100, 230, 410, 230).line(100, 260, 410, 260).line(250, 290, 410, 290).line(100, 320, 410, 320);
        pdf.line(100, 200, 100, 320).line(410, 200, 410, 320).line(250, 230, 250, 320).line(330, 230, 330, 320);
        assertThat(withoutPageBreaks(read(cellsOfTheTable(pdf)))).containsExactly(TABLE_WITH_MERGED_CELLS);
    }

    /** The table's part on each page is a grid after that page's break; the first part has no bottom border, the second no top. */
    @Test
    void aTableCutByAPageBreakIsAGridOnEachPage() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        pdf.bar(100, 700, 200, 0.5).bar(100, 740, 200, 0.5).bar(100, 700, 0.5, 80).bar(200, 700, 0.5, 80).bar(300, 700, 0.5, 80);
        pdf.text(110, 712, 12, "行政处罚").text(210, 712, 12, "4119").text(110, 752, 12, "行政强制").text(210, 752, 12, "195");
        pdf.text(290, 805, 10, "- 1 -");
        pdf.page();
        pdf.bar(100, 100, 0.5, 40).bar(200, 100, 0.5, 40).bar(300, 100, 0.5, 40).bar(100, 140, 200, 0.5);
        pdf.text(110, 112, 12, "行政许可").text(210, 112, 12, "550");
        pdf.text(290, 805, 10, "- 2 -");
        assertThat(read(pdf).blocks()).containsExactly(
                new ImportedDocument.PageBreak(1),
                grid(List.of("行政处罚", "4119"), List.of("行政强制", "195")),
                new ImportedDocument.PageBreak(2),
                grid(List.of("行政许可", "550")));
    }

    /** A table part's rows as LibreOffice draws them: every cell bordered, columns at 100, 175, 250 and 325. */
    private static Pdf ruledRows(Pdf pdf, double... ys) {
        for (double y : ys) pdf.line(100, y, 325, y);
        for (double x : new double[] {100, 175, 250, 325}) pdf.line(x, ys[0], x, ys[ys.length - 1]);
        return pdf;
    }

    /**
     * A row cut by a page break, borders drawn on both parts: its label fills its cell to the border
     * (「（四）无法提」) and runs on at the top of the next page (「供」) in a row without numbers, which
     * is joined to the row above it; the page break stays between the two parts.
     */
    @Test
    void aRowCutByAPageBreakIsJoinedIntoItsRow() throws UnreadableFileException {
        Pdf pdf = ruledRows(new Pdf().page(), 730, 760, 800);
        pdf.text(103, 738, 12, "行政处罚").text(178, 738, 12, "4119").text(253, 738, 12, "5");
        pdf.text(103, 768, 12, "（四）无法提").text(178, 768, 12, "10").text(253, 768, 12, "3");
        ruledRows(pdf.page(), 72, 92, 122);
        pdf.text(103, 76, 12, "供").text(103, 100, 12, "行政强制").text(178, 100, 12, "195").text(253, 100, 12, "0");
        assertThat(read(pdf).blocks()).containsExactly(
                new ImportedDocument.PageBreak(1),
                grid(List.of("行政处罚", "4119", "5"), List.of("（四）无法提供", "10", "3")),
                new ImportedDocument.PageBreak(2),
                grid(List.of("行政强制", "195", "0")));
    }

    /** Cells centred in their height put the cut row's numbers, and its short label, in the part below: they are joined all the same. */
    @Test
    void aCutRowWhoseNumbersStandBelowTheBreakIsJoined() throws UnreadableFileException {
        Pdf pdf = ruledRows(new Pdf().page(), 760, 800);
        pdf.text(103, 768, 12, "1.本机关不掌");
        ruledRows(pdf.page(), 72, 112, 142);
        pdf.text(103, 76, 12, "握相关政府").text(178, 86, 12, "（四）").text(253, 86, 12, "31");
        pdf.text(103, 120, 12, "2.重复申请").text(178, 120, 12, "0").text(253, 120, 12, "0");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(grid(List.of("1.本机关不掌握相关政府", "（四）", "31")),
                grid(List.of("2.重复申请", "0", "0")));
    }

    /** A whole row at the top of the next page, without numbers, under a label that ended short of its border: two rows. */
    @Test
    void aWholeRowAtThePageTopIsNotJoined() throws UnreadableFileException {
        Pdf pdf = ruledRows(new Pdf().page(), 760, 800);
        pdf.text(103, 768, 12, "行政许可").text(178, 768, 12, "550").text(253, 768, 12, "0");
        ruledRows(pdf.page(), 72, 92);
        pdf.text(103, 76, 12, "第六项");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(grid(List.of("行政许可", "550", "0")), grid(List.of("第六项", "", "")));
    }

    /**
     * Without first-line indents (a PDF of a web page): a heading ends short of the text block's
     * right edge, and a section or a numbered item opens a paragraph even after a full line.
     */
    @Test
    void paragraphsWithoutIndentsEndAtShortLinesAndHeadings() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        double top = 100;
        pdf.text(90, top, 16, "五、存在的主要问题及改进情况");
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top += 28, 16, "规范、有序、健康发展。");
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top += 28, 16, "（一）" + LINE.substring(3));
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top + 28, 16, "六、其他需要报告的事项");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(
                paragraph("五、存在的主要问题及改进情况"),
                paragraph(LINE + "规范、有序、健康发展。"),
                paragraph(LINE),
                paragraph("（一）" + LINE.substring(3) + LINE),
                paragraph("六、其他需要报告的事项"));
    }

    /** A paragraph begins with an indent and ends short of the margin; a heading is a paragraph of its own. */
    @Test
    void linesAreJoinedIntoParagraphs() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        double top = 100;
        pdf.text(122, top, 16, "一、总体情况");
        pdf.text(122, top += 28, 16, LINE.substring(2));
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top += 28, 16, "规范、有序、健康发展。");
        pdf.text(122, top += 28, 16, LINE.substring(2));
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top += 28, 16, LINE);
        pdf.text(90, top + 28, 16, "公开2023年度报告。");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(
                paragraph("一、总体情况"),
                paragraph(LINE.substring(2) + LINE + "规范、有序、健康发展。"),
                paragraph(LINE.substring(2) + LINE + LINE + "公开2023年度报告。"));
    }

    @Test
    void pageNumbersInTheFooterAreDroppedAndNumbersInTheTextKept() throws UnreadableFileException {
        Pdf pdf = new Pdf().page().text(122, 100, 16, "全年收到申请").text(90, 128, 16, "21");
        pdf.text(280, 790, 14, "— 3 —").page().text(122, 100, 16, "第二页").text(280, 40, 12, "4").text(500, 800, 10, "第 5 页 共 6 页");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph("全年收到申请21"), paragraph("第二页"));
    }

    /** Fake bold shows each glyph two or three times a fraction of a point apart: it is read once. */
    @Test
    void overprintedGlyphsAreReadOnce() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        for (double shift : new double[] {0, 0.3, 0.6}) pdf.text(122 + shift, 100 + shift / 2, 16, "二、主动公开政府信息情况");
        pdf.text(122, 140, 12, "1100");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph("二、主动公开政府信息情况"), paragraph("1100"));
    }

    /** Letter-spacing never puts spaces between CJK characters; a space between words of Latin script is kept. */
    @Test
    void letterSpacingMakesNoSpacesAndWordSpacesAreKept() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        pdf.text(122, 100, 16, 16, "总计");
        pdf.text(122, 140, 12, "Open Government Data");
        pdf.text(122, 180, 12, "hzzwgk@126.com").text(230, 180, 12, "0517-87222589");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph("总计"), paragraph("Open Government Data"),
                paragraph("hzzwgk@126.com 0517-87222589"));
    }

    /** Without borders a table's row is one line, its cells a column's gap apart; the gap between words and numbers is a space. */
    @Test
    void aColumnsGapBetweenALabelAndANumberIsASpace() throws UnreadableFileException {
        Pdf pdf = new Pdf().page().text(114, 60, 12, LINE.substring(2)).text(90, 76, 12, LINE).text(90, 92, 12, LINE);
        pdf.text(90, 120, 12, 12, "规章").text(250, 120, 12, "0").text(330, 120, 12, "11");
        pdf.text(90, 150, 12, "行政许可").text(250, 150, 12, "447228");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph(LINE.substring(2) + LINE + LINE), paragraph("规章 0 11"),
                paragraph("行政许可 447228"));
    }

    /** A page turned to landscape is read as it is shown. */
    @Test
    void aTurnedPageIsReadAsShown() throws UnreadableFileException {
        Pdf pdf = new Pdf().turnedPage().text(122, 100, 16, "四、政府信息公开行政复议、行政诉讼情况");
        pdf.text(90, 128, 16, LINE).text(90, 156, 16, LINE).text(90, 184, 16, "规范。");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph("四、政府信息公开行政复议、行政诉讼情况"),
                paragraph(LINE + LINE + "规范。"));
    }

    /** White cell backgrounds are no borders, and a framed or shaded box round a paragraph is no table. */
    @Test
    void backgroundsAndBoxesAreNoTables() throws UnreadableFileException {
        Pdf pdf = new Pdf().page();
        pdf.raw("1 g 80 600 440 120 re f");
        pdf.raw("0.8 g 80 400 440 60 re f");
        pdf.text(122, 400, 16, "六、其他需要报告的事项").text(122, 140, 16, "五、存在的主要问题及改进情况");
        assertThat(withoutPageBreaks(read(pdf))).containsExactly(paragraph("五、存在的主要问题及改进情况"),
                paragraph("六、其他需要报告的事项"));
    }
}

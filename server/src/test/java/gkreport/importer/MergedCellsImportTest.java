package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.CellValue;
import gkreport.io.UnreadableFileException;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Table3;
import gkreport.rules.Finding;
import gkreport.rules.Severity;
import gkreport.testkit.Check;
import gkreport.testkit.Docx;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

/**
 * Web and Word tables laid out as a true grid: a value merged over rows is read once and its other
 * rows are not blank, a header merged over columns or an empty filler cell shifts no column,
 * spaces inside words do not hide a header, and a bold sentence is no heading.
 */
class MergedCellsImportTest {
    private static final Path PAGE = Path.of("src", "test", "resources", "gkreport", "fixtures", "web", "merged-cells.html");

    @TempDir
    Path dir;

    @Test
    void aWebPageWithRowAndColumnSpansAndFillerCellsIsReadWithoutFalseFindings() throws Exception {
        Check check = Check.text(Importer.canonicalText(PAGE));
        assertThat(check.findings()).filteredOn(f -> f.severity() != Severity.INFO).isEmpty();
        Table3 t3 = check.report().table3();
        assertThat(t3.rows()).allMatch(r -> r.spec() != null).hasSize(25);
        assertThat(numbers(t3.row("R1").orElseThrow())).containsExactly(25, 1, 0, 0, 0, 0, 26);
        assertThat(numbers(t3.row("R3.4.1").orElseThrow())).containsExactly(6, 0, 0, 0, 0, 0, 6);
        assertThat(numbers(t3.row("R3.7").orElseThrow())).containsExactly(26, 1, 0, 0, 0, 0, 27);
        DataRow spanned = t3.row("R3.3.7").orElseThrow();
        assertThat(spanned.cell(2).value().kind()).isEqualTo(CellValue.Kind.MERGED);
        assertThat(t3.row("R3.3.6").orElseThrow().cell(2).number()).isEqualByComparingTo("0");
        assertThat(check.findings("missing-cells")).extracting(check::message).containsExactly(
                "表三“（三）不予公开 7.属于行政执法案卷”行的“科研机构”在合并单元格中：合并格的数值只在其第一格计一次，涉及此格的勾稽关系不作检查",
                "表三“（三）不予公开 8.属于行政查询事项”行的“科研机构”在合并单元格中：合并格的数值只在其第一格计一次，涉及此格的勾稽关系不作检查");
        assertThat(numbers(check.report().table4().data())).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        assertThat(check.report().sections()).extracting(s -> s.heading().spec().number()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void oneChangedNumberOnTheWebPageBreaksExactlyItsRowTotalAndItsColumnBalance() throws Exception {
        String page = Files.readString(PAGE, StandardCharsets.UTF_8)
                .replace("<td>一、本年新收政府信息公开申请数量</td><td>25</td>", "<td>一、本年新收政府信息公开申请数量</td><td>24</td>")
                .replace("<td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>25</td>", "<td colspan=\"3\">一、本年新收政府信息公开申请数量</td><td>24</td>");
        Check check = Check.text(Importer.canonicalText(write("changed.html", page)));
        assertThat(check.findings()).filteredOn(f -> f.severity() == Severity.ERROR).extracting(Finding::rule)
                .extracting(r -> r.id()).containsExactly("sum-relation", "sum-relation");
        assertThat(check.findings("sum-relation")).extracting(check::message).containsExactlyInAnyOrder(
                "表三“一、本年新收政府信息公开申请数量”行：自然人（24）+商业企业（1）+科研机构（0）+社会公益组织（0）+法律服务机构（0）+其他（0）=25，但“总计”填写26",
                "表三“自然人”列勾稽关系不成立：第一项（24）+第二项（2）=26，但第三项（七）总计（26）+第四项（1）=27");
        Finding total = check.findings("sum-relation").stream().filter(f -> check.message(f).contains("总计”填写")).findFirst().orElseThrow();
        assertThat(check.source().substring(total.range().start(), total.range().end())).isEqualTo("26");
        assertThat(check.lineOf(total.range().start())).isEqualTo(check.lineOf(check.source().indexOf("| 一、本年新收")));
    }

    @Test
    void aWordValueMergedDownThreeRowsIsReadOnceAndTheRowsItSpansAreNotBlank() throws IOException, UnreadableFileException {
        Docx d = Docx.of(Samples.text("004"));
        XWPFTable table3 = d.document().getTables().stream()
                .filter(t -> rowIndex(t, "6.属于四类过程性信息") >= 0).findFirst().orElseThrow();
        int first = rowIndex(table3, "6.属于四类过程性信息");
        int column = table3.getRow(first).getTableCells().size() - 7; // 自然人
        vMerge(table3.getRow(first).getCell(column), STMerge.RESTART);
        vMerge(table3.getRow(first + 1).getCell(column), STMerge.CONTINUE);
        vMerge(table3.getRow(first + 2).getCell(column), STMerge.CONTINUE);
        Check check = Check.text(Importer.canonicalText(d.save(dir.resolve("merged.docx"))));
        Check text = Check.text(Samples.text("004"));
        assertThat(errors(check)).isEqualTo(errors(text));
        assertThat(check.findings("missing-cells")).hasSize(2).allMatch(f -> f.severity() == Severity.INFO);
        assertThat(check.report().table3().row("R3.3.7").orElseThrow().cell(0).isMerged()).isTrue();
    }

    @Test
    void aBoldSentenceThatEchoesAHeadingIsNoHeading() throws Exception {
        String page = "<html><body><p><strong>五、存在的主要问题及改进情况</strong></p><p>无。</p>"
                + "<p><strong>六、其他需要报告的事项</strong></p><p><strong>无其他需要报告的事项</strong></p></body></html>";
        Check check = Check.text(Importer.canonicalText(write("bold.html", page)));
        assertThat(check.report().sections()).extracting(s -> s.heading().spec().number()).containsExactly(5, 6);
        check.expectNone("section-number").expectNone("section-title");
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html, StandardCharsets.UTF_8);
    }

    private static int rowIndex(XWPFTable table, String label) {
        for (int i = 0; i < table.getNumberOfRows(); i++) {
            if (table.getRow(i).getTableCells().stream().anyMatch(c -> c.getText().contains(label))) return i;
        }
        return -1;
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }

    private static List<String> errors(Check check) {
        return check.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(f -> f.rule().id() + " " + check.message(f)).toList();
    }

    private static List<Integer> numbers(DataRow row) {
        return row.cells().stream().map(DataCell::number).map(BigDecimal::intValueExact).toList();
    }
}

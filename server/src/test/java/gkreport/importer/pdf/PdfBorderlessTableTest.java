package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Table3;
import gkreport.rules.RuleId;
import gkreport.testkit.Check;
import gkreport.testkit.Pdf;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Table 三 drawn without any border (only its text, numbers right-aligned in their columns): the
 * whole pipeline either reads its numbers right or says once that it cannot read it, and never
 * reports a wrong sum, a missing row or missing cells that the page does not have.
 */
class PdfBorderlessTableTest {
    private static final List<RuleId> TABLE_RULES = List.of(RuleId.SUM_RELATION, RuleId.ROW_MISSING, RuleId.MISSING_CELLS,
            RuleId.INVALID_NUMBER, RuleId.TABLE_MISSING, RuleId.UNKNOWN_ROW, RuleId.TEMPLATE_VERSION, RuleId.UNREADABLE_TABLE);
    private static final String TITLE = "某某局2023年政府信息公开工作年度报告";
    /** The rows' labels and numbers (自然人 … 其他, 总计): the sums hold. */
    static final List<String> ROWS = List.of(
            "一、本年新收政府信息公开申请数量|10 1 0 0 0 0 11",
            "二、上年结转政府信息公开申请数量|2 0 0 0 0 0 2",
            "三、本年度办理结果;（一）予以公开|6 1 0 0 0 0 7",
            ";（二）部分公开（区分处理的，只计这一情形，不计其他情形）|1 0 0 0 0 0 1",
            ";（三）不予公开;1.属于国家秘密|0 0 0 0 0 0 0",
            ";;2.其他法律行政法规禁止公开|0 0 0 0 0 0 0",
            ";;3.危及“三安全一稳定”|0 0 0 0 0 0 0",
            ";;4.保护第三方合法权益|0 0 0 0 0 0 0",
            ";;5.属于三类内部事务信息|0 0 0 0 0 0 0",
            ";;6.属于四类过程性信息|0 0 0 0 0 0 0",
            ";;7.属于行政执法案卷|0 0 0 0 0 0 0",
            ";;8.属于行政查询事项|0 0 0 0 0 0 0",
            ";（四）无法提供;1.本机关不掌握相关政府信息|3 0 0 0 0 0 3",
            ";;2.没有现成信息需要另行制作|0 0 0 0 0 0 0",
            ";;3.补正后申请内容仍不明确|0 0 0 0 0 0 0",
            ";（五）不予处理;1.信访举报投诉类申请|0 0 0 0 0 0 0",
            ";;2.重复申请|0 0 0 0 0 0 0",
            ";;3.要求提供公开出版物|0 0 0 0 0 0 0",
            ";;4.无正当理由大量反复申请|0 0 0 0 0 0 0",
            ";;5.要求行政机关确认或重新出具已获取信息|0 0 0 0 0 0 0",
            ";（六）其他处理;1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请|0 0 0 0 0 0 0",
            ";;2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请|0 0 0 0 0 0 0",
            ";;3.其他|0 0 0 0 0 0 0",
            ";（七）总计|10 1 0 0 0 0 11",
            "四、结转下年度继续办理|2 0 0 0 0 0 2");
    private static final double SIZE = 7;
    /** Where the numbers of each column end: they are right-aligned. */
    private static final double[] COLUMN_RIGHTS = {455, 475, 495, 515, 535, 555, 575};
    /** Where the pieces of the label begin: 「三、本年度办理结果」, 「（一）予以公开」, 「1.属于国家秘密」. */
    private static final double[] LABEL_LEFTS = {40, 115, 180};

    @TempDir
    Path dir;

    /**
     * Table 三 without borders: its header over three lines, then a line a row, the pieces of its
     * label where they begin, its numbers right-aligned in their columns.
     */
    static Pdf borderlessTable3(Pdf pdf, double top, double[] labelLefts) {
        pdf.text(90, top, 16, "三、收到和处理政府信息公开申请情况");
        double y = top + 30;
        pdf.text(400, y, SIZE, "申请人情况");
        pdf.text(405, y += 10, SIZE, "自然人").text(445, y, SIZE, "法人或其他组织").text(535, y, SIZE, "总计");
        pdf.text(425, y += 10, SIZE, "商业").text(445, y, SIZE, "科研").text(465, y, SIZE, "公益").text(485, y, SIZE, "法律").text(505, y, SIZE, "其他");
        for (String row : ROWS) {
            String[] parts = row.split("\\|");
            String[] label = parts[0].split(";");
            y += 11;
            for (int i = 0; i < label.length; i++) if (!label[i].isEmpty()) pdf.text(labelLefts[i], y, SIZE, label[i]);
            String[] numbers = parts[1].split(" ");
            for (int c = 0; c < numbers.length; c++) pdf.text(COLUMN_RIGHTS[c] - numbers[c].length() * SIZE / 2, y, SIZE, numbers[c]);
        }
        return pdf;
    }

    private Check checked(Pdf pdf) throws UnreadableFileException {
        return Check.text(Importer.canonicalText(pdf.save(dir.resolve("borderless.pdf"))));
    }

    private static String numbers(DataRow row) {
        return String.join(" ", row.cells().stream().map(DataCell::number).map(n -> n == null ? "_" : n.toPlainString()).toList());
    }

    private static List<String> tableFindings(Check check) {
        return check.findings().stream().filter(f -> TABLE_RULES.contains(f.rule())).map(f -> f.rule().id() + ": " + check.message(f)).toList();
    }

    /** The numbers' columns are rebuilt from where they stand: every row is read with its numbers, and nothing is wrong. */
    @Test
    void aBorderlessTable3WithAlignedNumbersIsReadRight() throws UnreadableFileException {
        Check check = checked(borderlessTable3(new Pdf().page().text(90, 60, 18, TITLE), 100, LABEL_LEFTS));
        Table3 table = check.report().table3();
        assertThat(numbers(table.row("R1").orElseThrow())).isEqualTo("10 1 0 0 0 0 11");
        assertThat(numbers(table.row("R3.1").orElseThrow())).isEqualTo("6 1 0 0 0 0 7");
        assertThat(numbers(table.row("R3.4.1").orElseThrow())).isEqualTo("3 0 0 0 0 0 3");
        assertThat(numbers(table.row("R3.7").orElseThrow())).isEqualTo("10 1 0 0 0 0 11");
        assertThat(numbers(table.row("R4").orElseThrow())).isEqualTo("2 0 0 0 0 0 2");
        assertThat(table.rows()).filteredOn(r -> r.spec() != null).hasSize(ROWS.size());
        assertThat(tableFindings(check)).containsExactly("table-missing: 缺少表二（主动公开政府信息情况）",
                "table-missing: 缺少表四（政府信息公开行政复议、行政诉讼情况）");
    }

    /**
     * Labels that run into the first column of numbers leave no confident column: the lines stay
     * text, and table 三 is reported unreadable, once.
     */
    @Test
    void aBorderlessTableWhoseColumnsCannotBeToldApartIsReportedUnreadable() throws UnreadableFileException {
        Check check = checked(borderlessTable3(new Pdf().page().text(90, 60, 18, TITLE), 100, new double[] {40, 115, 250}));
        assertThat(check.source()).doesNotContain("| 一、本年新收政府信息公开申请数量 |");
        assertThat(tableFindings(check)).containsExactly("table-missing: 缺少表二（主动公开政府信息情况）",
                "table-missing: 缺少表四（政府信息公开行政复议、行政诉讼情况）",
                "unreadable-table: 表三的标题、表头或项目名称在此，但转换后的文本已失去表格结构，未能读出表三；表三的勾稽关系、缺行和缺格均未检查，请对照原件核对");
    }
}

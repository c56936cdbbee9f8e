package gkreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Table3;
import gkreport.model.TemplateVersion;
import gkreport.rules.Finding;
import gkreport.rules.Severity;
import gkreport.testkit.Check;
import gkreport.testkit.Corpus;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * The real reports of the corpus as real conversions left them: no table reported missing that is
 * there, each table read or reported once as unreadable, and no error that is not in the text.
 */
class CorpusTextsTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "008; 0 0 0; 0 5 5; 550; 4119; 195; 7730.28",
        "009; 0 0 0; 3 0 8; 9487; 2776; 84; 7545",
        "010; 1 0 11; 8 26 66; 447228; 3985758; 88283; 96171.6"})
    void pdfTextInColumnOrderHasTable2ReadAndTables3And4ReportedOnceAsUnreadable(String id, String rules, String normative,
                                                                             String permits, String penalties, String coercion,
                                                                             String fees) {
        Check check = Check.text(Corpus.text(id));
        assertThat(errors(check)).isEmpty();
        check.expectNone("table-missing").expectNone("sum-relation").expectNone("row-missing").expectNone("missing-cells");
        assertThat(check.findings("unreadable-table")).extracting(check::message)
                .allMatch(m -> m.contains("转换后的文本已失去表格结构")).hasSize(2);
        assertThat(check.report().unreadable()).extracting(u -> u.table()).containsExactly("表三", "表四");
        assertThat(check.report().table2().allRows()).extracting(r -> String.join(" ", r.cells().stream()
                .map(c -> c.number().toPlainString()).toList()))
                .containsExactly(rules, normative, permits, penalties, coercion, fees);
    }

    @Test
    void pdfTextWhoseTable2OrderIsInDoubtIsUnreadableNotGuessed() {
        // 行政处罚 and 行政强制 followed by both their numbers: which is whose cannot be told.
        String text = Corpus.text("008").replace("行政处罚\n\n4119\n\n行政强制\n", "行政处罚\n\n行政强制\n\n4119\n");
        Check check = Check.text(text);
        assertThat(check.report().table2()).isNull();
        assertThat(check.report().unreadable()).extracting(u -> u.table()).containsExactly("表二", "表三", "表四");
        assertThat(errors(check)).isEmpty();
    }

    @Test
    void ocrMarkdownWithEveryRowItsOwnTableIsReadWhole() {
        Check check = Check.text(Corpus.text("011"));
        assertThat(errors(check)).isEmpty();
        check.expectNone("unreadable-table").expectNone("unknown-row");
        assertThat(check.report().template()).isEqualTo(TemplateVersion.V2021);
        Table3 t3 = check.report().table3();
        assertThat(t3.rows()).allMatch(r -> r.spec() != null).hasSize(25);
        assertThat(t3.missingColumns()).isEmpty();
        assertThat(values(t3.row("R1").orElseThrow())).containsExactly(705, 3, 0, 0, 5, 0, 713);
        assertThat(values(t3.row("R2").orElseThrow())).containsExactly(36, 0, 0, 0, 0, 0, 36);
        assertThat(values(t3.row("R3.4.1").orElseThrow())).containsExactly(111, 0, 0, 0, 0, 0, 111);
        assertThat(values(t3.row("R3.6.3").orElseThrow())).containsExactly(142, 1, 0, 0, 0, 0, 143);
        assertThat(values(t3.row("R3.7").orElseThrow())).containsExactly(710, 3, 0, 0, 5, 0, 718);
        assertThat(values(t3.row("R4").orElseThrow())).containsExactly(31, 0, 0, 0, 0, 0, 31);
        assertThat(values(check.report().table4().data())).containsExactly(27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10);
        assertThat(check.report().table2().allRows()).extracting(r -> r.spec().key())
                .containsExactly("T2.一.1", "T2.一.2", "T2.五.1", "T2.六.1", "T2.六.2", "T2.八.1");
        check.expectNone("sum-relation");
    }

    @Test
    void ocrMarkdownTable4WithItsBlocksInTheOtherOrderIsReadInTheFormatsOrder() {
        String text = Corpus.text("011");
        int direct = text.indexOf("### 行政诉讼（未经复议直接起诉）");
        int appeal = text.indexOf("### 行政诉讼（复议后起诉）");
        int end = text.indexOf("## 五、");
        String swapped = text.substring(0, direct) + text.substring(appeal, end) + "\n" + text.substring(direct, appeal) + text.substring(end);
        Check check = Check.text(swapped);
        assertThat(values(check.report().table4().data())).containsExactly(27, 10, 9, 15, 61, 3, 0, 0, 0, 3, 8, 0, 1, 1, 10);
    }

    @Test
    void pdfMarkdownWithScrambledTablesReadsTable4AndSaysTables2And3AreUnreadable() {
        Check check = Check.text(Corpus.text("013"));
        assertThat(errors(check)).isEmpty();
        check.expectNone("table-missing").expectNone("sum-relation").expectNone("row-missing").expectNone("missing-cells");
        assertThat(check.report().unreadable()).extracting(u -> u.table()).containsExactly("表二", "表三");
        assertThat(values(check.report().table4().data())).containsExactly(40, 0, 10, 5, 55, 2, 0, 4, 6, 12, 6, 0, 9, 7, 22);
        assertThat(check.findings("section-missing")).singleElement()
                .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.WARNING));
    }

    @Test
    void pdfMarkdownWithTwoNumberingSchemesGetsOnlyTheNumberingItsTextHas() {
        Check check = Check.text(Corpus.text("012"));
        // The text numbers the format's sections 一、二、三、五 after a 总体情况 of six parts of its own: as written, wrong.
        assertThat(errors(check)).containsExactly("section-number@73", "section-number@91", "section-number@180", "section-number@205");
        assertThat(check.report().unreadable()).extracting(u -> u.table()).containsExactly("表二", "表三");
        assertThat(values(check.report().table4().data())).containsExactly(1, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    @Test
    void aWebPageWithBlankCellsHasThemReportedRowByRow() {
        Check check = Check.text(Corpus.text("018"));
        assertThat(check.findings("missing-cells")).hasSize(25).allMatch(f -> check.message(f).contains("缺少5个数值：商业企业、科研机构、社会公益组织、法律服务机构、其他"));
        assertThat(check.findings("template-version")).extracting(check::message)
                .containsExactly("表格为2021年格式，但表二中的“规范性文件”是2019年格式的项目");
        check.expectNone("sum-relation").expectNone("unreadable-table");
    }

    @Test
    void aBlankedCellOfTheOcrTableIsExactlyOneMissingCellsFindingAtItsRow() {
        String text = Corpus.text("011");
        Check check = Check.text(text.replace("| 2. 重复申请 | 6 | 1 |", "| 2. 重复申请 |  | 1 |"));
        assertThat(errors(check)).containsExactly("missing-cells@" + (lineOf(text, "| 2. 重复申请 |")));
        assertThat(check.message(check.findings("missing-cells").get(0))).isEqualTo("表三“（五）不予处理 2.重复申请”行缺少1个数值：自然人");
    }

    @Test
    void aDroppedRowOfTheOcrTableIsExactlyOneRowMissingFinding() {
        String text = Corpus.text("011");
        Check check = Check.text(text.replace("| 2. 重复申请 | 6 | 1 | 0 | 0 | 0 | 0 | 7 |\n", ""));
        assertThat(errors(check)).containsExactly("row-missing@" + (lineOf(text, "| 3. 要求提供公开出版物 |") - 1));
        assertThat(check.message(check.findings("row-missing").get(0))).isEqualTo("表三缺少“（五）不予处理 2.重复申请”行");
    }

    private static int lineOf(String text, String part) {
        return (int) text.substring(0, text.indexOf(part)).chars().filter(c -> c == '\n').count() + 1;
    }

    static List<String> errors(Check check) {
        return check.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(check::key).toList();
    }

    static List<Integer> values(DataRow row) {
        return row.cells().stream().map(DataCell::number).map(BigDecimal::intValueExact).toList();
    }
}

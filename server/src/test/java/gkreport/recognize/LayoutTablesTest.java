package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.RowSpec;
import gkreport.model.Table2;
import gkreport.model.Table3Spec;
import gkreport.model.TemplateVersion;
import gkreport.rules.Severity;
import gkreport.testkit.Check;
import gkreport.testkit.LayoutFixtures;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Published PDFs as {@code pdftotext -layout} gives them: tables 二, 三 and 四 as space-aligned
 * text, split over pages with the page number and a form feed inside, labels wrapped over lines,
 * group labels broken or written a character per line. Every value is read into its row and
 * column; the values are those the PDFs show.
 */
class LayoutTablesTest {
    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void theThreeTablesAreFoundWithEveryRowAndColumn(String name) {
        Check check = Check.text(LayoutFixtures.text(name));
        Report report = check.report();
        assertThat(report.table2().blocks()).extracting(Table2.Block::item).containsExactly("一", "五", "六", "八");
        assertThat(report.table2().unknownRows()).isEmpty();
        assertThat(report.table3().missingColumns()).isEmpty();
        assertThat(report.table3().rows()).allSatisfy(row -> assertThat(row.spec()).isNotNull());
        assertThat(report.table4().data()).isNotNull();
        check.expectNone("table-missing").expectNone("row-missing").expectNone("missing-cells").expectNone("unknown-row");
        assertThat(report.sections()).hasSize(6);
        check.expectNone("section-missing").expectNone("section-number");
    }

    @Test
    void szfgs2024Table3EveryCellInItsRowAndColumn() {
        Report report = Check.text(LayoutFixtures.text("szfgs2024")).report();
        assertThat(report.table3().version()).isEqualTo(TemplateVersion.V2021);
        assertThat(table3(report)).containsExactlyEntriesOf(rows(
                "R1", "3001 53 0 0 61 4 3119",
                "R2", "34 0 0 0 0 0 34",
                "R3.1", "1288 21 0 0 50 3 1362",
                "R3.2", "447 7 0 0 0 0 454",
                "R3.3.1", "2 0 0 0 0 0 2",
                "R3.3.2", "30 1 0 0 0 0 31",
                "R3.3.3", "5 0 0 0 0 0 5",
                "R3.3.4", "6 0 0 0 0 0 6",
                "R3.3.5", "7 1 0 0 0 0 8",
                "R3.3.6", "12 0 0 0 0 0 12",
                "R3.3.7", "9 0 0 0 0 0 9",
                "R3.3.8", "105 0 0 0 0 0 105",
                "R3.4.1", "746 12 0 0 10 1 769",
                "R3.4.2", "11 0 0 0 0 0 11",
                "R3.4.3", "1 0 0 0 0 0 1",
                "R3.5.1", "56 6 0 0 0 0 62",
                "R3.5.2", "25 0 0 0 0 0 25",
                "R3.5.3", "0 0 0 0 0 0 0",
                "R3.5.4", "0 0 0 0 0 0 0",
                "R3.5.5", "1 0 0 0 0 0 1",
                "R3.6.1", "67 3 0 0 1 0 71",
                "R3.6.2", "6 0 0 0 0 0 6",
                "R3.6.3", "108 2 0 0 0 0 110",
                "R3.7", "2932 53 0 0 61 4 3050",
                "R4", "103 0 0 0 0 0 103"));
    }

    /** hzq2023's table 三 is mostly zeros: the rows named hold numbers, every other row of the 2019 rows holds seven zeros. */
    @Test
    void hzq2023Table3EveryCellInItsRowAndColumnWithThe2019OtherRow() {
        Report report = Check.text(LayoutFixtures.text("hzq2023")).report();
        assertThat(report.table3().version()).isEqualTo(TemplateVersion.V2019);
        Map<String, String> withNumbers = rows("R1", "21 0 0 0 0 0 21", "R3.2", "4 0 0 0 0 0 4", "R3.3.1", "1 0 0 0 0 0 1",
                "R3.3.6", "1 0 0 0 0 0 1", "R3.3.7", "1 0 0 0 0 0 1", "R3.4.1", "10 0 0 0 0 0 10", "R3.4.2", "3 0 0 0 0 0 3",
                "R3.5.1", "1 0 0 0 0 0 1", "R3.7", "21 0 0 0 0 0 21");
        Map<String, String> expected = new LinkedHashMap<>();
        for (RowSpec spec : Table3Spec.rows(TemplateVersion.V2019)) {
            expected.put(spec.key(), withNumbers.getOrDefault(spec.key(), "0 0 0 0 0 0 0"));
        }
        assertThat(table3(report)).containsExactlyEntriesOf(expected);
    }

    @Test
    void hzq2024Table3RowsWrappedOrBesideTheirGroupLabel() {
        Report report = Check.text(LayoutFixtures.text("hzq2024")).report();
        Map<String, String> rows = table3(report);
        assertThat(rows).hasSize(23).containsEntry("R1", "95 0 0 0 0 0 95").containsEntry("R3.1", "50 0 0 0 0 0 50")
                .containsEntry("R3.2", "9 0 0 0 0 0 9").containsEntry("R3.3.3", "1 0 0 0 0 0 1")
                .containsEntry("R3.4.1", "31 0 0 0 0 0 31").containsEntry("R3.4.2", "1 0 0 0 0 0 1")
                .containsEntry("R3.7", "95 0 0 0 0 0 95").containsEntry("R4", "0 0 0 0 0 0 0");
    }

    /** A label over three lines takes the numbers' line's cells, wherever the numbers stand among its lines. */
    @Test
    void wrappedLabelsAreWholeAndTheirValuesStayOnTheNumbersLine() {
        Check check = Check.text(LayoutFixtures.text("szfgs2024"));
        assertThat(label(check, "R3.2")).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(label(check, "R3.5.5")).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
        assertThat(label(check, "R3.6.1")).isEqualTo("1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请");
        assertThat(label(check, "R3.6.2")).isEqualTo("2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请");
        assertThat(label(check, "R3.4.2")).isEqualTo("2.没有现成信息需要另行制作");
        assertThat(label(check, "R3.3.6")).isEqualTo("6.属于四类过程性信息");
        assertThat(cellLines(check, "R3.2")).containsOnly(130);
        assertThat(cellLines(check, "R3.6.1")).containsOnly(182);
        Check hzq = Check.text(LayoutFixtures.text("hzq2023"));
        assertThat(label(hzq, "R3.2")).isEqualTo("（二）部分公开（区分处理的，只计这一情形，不计其他情形）");
        assertThat(label(hzq, "R3.5.5")).isEqualTo("5.要求行政机关确认或重新出具已获取信息");
        assertThat(cellLines(hzq, "R3.2")).containsOnly(101);
        assertThat(cellLines(hzq, "R3.4.3")).containsOnly(121);
    }

    @Test
    void table2BlocksHoldTheirValues() {
        assertThat(table2(Check.text(LayoutFixtures.text("hzq2023")).report())).containsExactlyEntriesOf(rows(
                "T2.一.1", "0 0 0", "T2.一.2", "0 5 5", "T2.五.1", "550", "T2.六.1", "4119", "T2.六.2", "195", "T2.八.1", "7730.28"));
        assertThat(table2(Check.text(LayoutFixtures.text("hzq2024")).report())).containsExactlyEntriesOf(rows(
                "T2.一.1", "0 0 0", "T2.一.2", "3 0 8", "T2.五.1", "9487", "T2.六.1", "2776", "T2.六.2", "84", "T2.八.1", "7545"));
        assertThat(table2(Check.text(LayoutFixtures.text("szfgs2024")).report())).containsExactlyEntriesOf(rows(
                "T2.一.1", "1 0 11", "T2.一.2", "8 26 66", "T2.五.1", "447228", "T2.六.1", "3985758", "T2.六.2", "88283",
                "T2.八.1", "96171.6"));
    }

    @Test
    void table4HoldsItsFifteenValues() {
        assertThat(values(Check.text(LayoutFixtures.text("hzq2023")).report().table4().data())).isEqualTo("10 1 0 0 0 0 0 0 0 0 5 0 0 0 0");
        assertThat(values(Check.text(LayoutFixtures.text("hzq2024")).report().table4().data())).isEqualTo("1 1 0 0 2 1 0 0 0 1 2 0 1 0 3");
        assertThat(values(Check.text(LayoutFixtures.text("szfgs2024")).report().table4().data()))
                .isEqualTo("72 64 178 37 351 13 4 8 1 26 12 1 1 6 20");
    }

    @Test
    void hzq2023HasTwoWrongTable4TotalsAndThe2019OtherRowIn2023() {
        Check check = Check.text(LayoutFixtures.text("hzq2023"));
        assertThat(errors(check)).containsExactlyInAnyOrder("sum-relation@149", "sum-relation@149", "template-version@130");
        assertThat(check.findings("sum-relation")).extracting(check::message).containsExactlyInAnyOrder(
                "表四“行政复议”：结果维持（10）+结果纠正（1）+其他结果（0）+尚未审结（0）=11，但“总计”填写0",
                "表四“行政诉讼·复议后起诉”：结果维持（5）+结果纠正（0）+其他结果（0）+尚未审结（0）=5，但“总计”填写0");
        assertThat(check.findings("template-version")).extracting(check::message)
                .containsExactly("表格为2021年格式，但表三中的“（六）其他处理”是2019年格式的项目");
    }

    @Test
    void hzq2024HasOnlyThe2019OtherRow() {
        Check check = Check.text(LayoutFixtures.text("hzq2024"));
        assertThat(errors(check)).containsExactly("template-version@128");
    }

    @Test
    void szfgs2024HasNoError() {
        assertThat(errors(Check.text(LayoutFixtures.text("szfgs2024")))).isEmpty();
    }

    /** Wrapped labels and broken group labels inside a table are no numbered paragraphs. */
    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "szfgs2024"})
    void labelPiecesInsideATableAreNoSubsections(String name) {
        Check.text(LayoutFixtures.text(name)).expectNone("subsection-number");
    }

    private static List<String> errors(Check check) {
        return check.findings().stream().filter(f -> f.severity() == Severity.ERROR).map(check::key).toList();
    }

    private static String label(Check check, String key) {
        return check.report().table3().row(key).orElseThrow().label();
    }

    private static List<Integer> cellLines(Check check, String key) {
        return check.report().table3().row(key).orElseThrow().cells().stream().map(c -> check.lineOf(c.range().start())).toList();
    }

    private static Map<String, String> table3(Report report) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (DataRow row : report.table3().rows()) rows.put(row.spec().key(), values(row));
        return rows;
    }

    private static Map<String, String> table2(Report report) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (DataRow row : report.table2().allRows()) rows.put(row.spec().key(), values(row));
        return rows;
    }

    /** The row's cells as written, apart by spaces; 「_」 for a blank cell. */
    private static String values(DataRow row) {
        return String.join(" ", row.cells().stream().map(LayoutTablesTest::written).toList());
    }

    private static String written(DataCell cell) {
        return cell.isAbsent() || cell.isBlank() ? "_" : cell.source().text();
    }

    private static Map<String, String> rows(String... keysAndValues) {
        Map<String, String> rows = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) rows.put(keysAndValues[i], keysAndValues[i + 1]);
        return rows;
    }
}

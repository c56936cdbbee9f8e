package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.SectionHeading;
import gkreport.testkit.Check;
import gkreport.testkit.Mutate;
import gkreport.testkit.Samples;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One change to a real report gives exactly the expected new findings, at the changed place,
 * and nothing new elsewhere. Runs on every sample, whatever its table form.
 */
class MutationTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void changingATable3NumberBreaksItsRowTotalAndItsColumnBalance(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        DataCell changed = m.table3Cell("R2", 0);
        Check check = Check.text(m.setCell(changed, "3"));
        DataCell rowTotal = m.table3Cell("R2", 6);
        DataCell columnTotal = m.table3Cell("R3.7", 0);
        assertThat(newFindings(id, check)).containsExactlyInAnyOrder(
                "sum-relation@" + m.lineOf(rowTotal.range().start()),
                "sum-relation@" + m.lineOf(columnTotal.range().start()));
        for (Finding f : check.findings("sum-relation")) {
            assertThat(f.related()).extracting(Related::range).contains(changed.range());
        }
        assertThat(check.findings("sum-relation")).extracting(check::message).containsExactlyInAnyOrder(
                "表三“二、上年结转政府信息公开申请数量”行：自然人（3）+商业企业（0）+科研机构（0）+社会公益组织（0）+法律服务机构（0）+其他（0）=3，但“总计”填写0",
                "表三“自然人”列勾稽关系不成立：第一项（0）+第二项（3）=3，但第三项（七）总计（0）+第四项（0）=0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void changingATable4NumberBreaksItsBlockTotal(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        DataCell changed = m.table4Cell(5);
        Check check = Check.text(m.setCell(changed, "2"));
        DataCell total = m.table4Cell(9);
        assertThat(newFindings(id, check)).containsExactly("sum-relation@" + m.lineOf(total.range().start()));
        Finding f = check.findings("sum-relation").get(0);
        assertThat(f.range()).isEqualTo(total.range());
        assertThat(check.message(f)).isEqualTo("表四“行政诉讼·未经复议直接起诉”：结果维持（2）+结果纠正（0）+其他结果（0）+尚未审结（0）=2，但“总计”填写0");
        assertThat(f.fix().safe()).isFalse();
        assertThat(f.fix().edits()).containsExactly(new TextEdit(total.range(), "2"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void anArabicSectionNumeralIsReportedAndFixedBackToTheOriginal(String id) {
        String original = Samples.text(id);
        Mutate m = Mutate.of(original);
        SectionHeading heading = m.heading(2);
        Check check = Check.text(m.replace(heading.numeralRange(), "2、"));
        assertThat(newFindings(id, check)).containsExactly("section-number@" + m.lineOf(heading.numeralRange().start()));
        assertThat(check.fixed("section-number").source()).isEqualTo(Check.sample(id).fixed("section-number").source());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void blankingOneCellIsOneMissingCellsFindingOnItsLineAndNoSum(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        DataCell blanked = m.table3Cell("R2", 2);
        Check check = Check.text(m.setCell(blanked, ""));
        assertThat(newFindings(id, check)).containsExactly("missing-cells@" + m.lineOf(m.table3Row("R2").labelRange().start()));
        Finding missing = check.findings("missing-cells").stream()
                .filter(f -> check.message(f).contains("上年结转")).findFirst().orElseThrow();
        assertThat(check.message(missing)).isEqualTo("表三“二、上年结转政府信息公开申请数量”行缺少1个数值：科研机构");
        // From the row's label over its cells, the blanked one among them.
        assertThat(missing.range().start()).isEqualTo(m.table3Row("R2").labelRange().start());
        assertThat(missing.range().end()).isGreaterThan(blanked.range().end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void deletingOneRowIsOneRowMissingFindingWhereTheRowWas(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        String mutated = m.deleteRow(m.table3Row("R3.3.2"));
        Check check = Check.text(mutated);
        assertThat(ruleCounts(check)).isEqualTo(plus(ruleCounts(Check.sample(id)), "row-missing"));
        Finding missing = check.findings("row-missing").stream()
                .filter(f -> check.message(f).contains("其他法律行政法规禁止公开")).findFirst().orElseThrow();
        assertThat(check.message(missing)).isEqualTo("表三缺少“（三）不予公开 2.其他法律行政法规禁止公开”行");
        int nextRowLine = Mutate.of(mutated).lineOf(Mutate.of(mutated).table3Row("R3.3.3").syntax().range().start());
        assertThat(check.lineOf(missing.range().start())).isEqualTo(nextRowLine);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aWordInACountCellIsAnInvalidNumberAndNoSum(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        DataCell cell = m.table3Cell("R1", 3);
        Check check = Check.text(m.setCell(cell, "/"));
        assertThat(newFindings(id, check)).containsExactly("invalid-number@" + m.lineOf(cell.range().start()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "1.5", "3件"})
    void negativesFractionsAndUnitsAreInvalidCounts(String value) {
        Mutate m = Mutate.of(Samples.text("001"));
        DataCell cell = m.table3Cell("R1", 0);
        Check check = Check.text(m.setCell(cell, value));
        assertThat(check.findings("invalid-number")).hasSize(1);
        assertThat(check.lineOf(check.findings("invalid-number").get(0).range().start())).isEqualTo(m.lineOf(cell.range().start()));
    }

    /** Not 003: its section 四 is already numbered wrongly (「4、」). */
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "004"})
    void aRepeatedOrSkippedChineseNumeralIsReportedWithTheExpectedOne(String id) {
        Mutate m = Mutate.of(Samples.text(id));
        SectionHeading heading = m.heading(4);
        Check check = Check.text(m.replace(heading.numeralRange(), "三、"));
        assertThat(newFindings(id, check)).containsExactly("section-number@" + m.lineOf(heading.numeralRange().start()));
        assertThat(check.message(check.findings("section-number").stream()
                .filter(f -> check.message(f).contains("三、")).findFirst().orElseThrow()))
                .isEqualTo("标题序号“三、”有误，“政府信息公开行政复议、行政诉讼情况”应编为“四、”");
    }

    @org.junit.jupiter.api.Test
    void a2019LabelInThe2021TableIsATemplateVersionError() {
        String original = Samples.text("004");
        int at = original.indexOf("行政规范性文件");
        Check check = Check.text(original.substring(0, at) + original.substring(at + 2));
        assertThat(newFindings("004", check)).containsExactly("template-version@" + Check.sample("004").lineOf(at));
        assertThat(check.message(check.findings("template-version").get(0)))
                .isEqualTo("表格为2021年格式，但表二中的“规范性文件”是2019年格式的项目");
    }

    /** Findings of the mutated text that the original lacks, as rule@line (same-line edits keep lines). */
    private static List<String> newFindings(String id, Check mutated) {
        return mutated.addedSince(Check.sample(id));
    }

    private static Map<String, Long> ruleCounts(Check check) {
        return check.countsByRule();
    }

    private static Map<String, Long> plus(Map<String, Long> counts, String rule) {
        Map<String, Long> result = new java.util.HashMap<>(counts);
        result.merge(rule, 1L, Long::sum);
        return result;
    }

}

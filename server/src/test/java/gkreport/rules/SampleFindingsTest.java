package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.TemplateVersion;
import gkreport.testkit.Check;
import gkreport.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each sample gives exactly its real structural defects, and no sum fails in any of them. The
 * prose, year and debris rules' findings on the samples are pinned in {@link ProseRulesOnSamplesTest}.
 */
class SampleFindingsTest {
    private static final List<RuleId> STRUCTURE = List.of(RuleId.SUM_RELATION, RuleId.SECTION_NUMBER, RuleId.SUBSECTION_NUMBER,
            RuleId.SECTION_TITLE, RuleId.SECTION_MISSING, RuleId.TABLE_MISSING, RuleId.ROW_MISSING, RuleId.MISSING_CELLS,
            RuleId.INVALID_NUMBER, RuleId.TEMPLATE_VERSION, RuleId.UNKNOWN_ROW);

    @Test
    void sample000HasTwoTable3RowsWithBlankLabelsReadByPosition() {
        Check check = Check.sample("000").expectAmong(STRUCTURE, "row-missing@123", "row-missing@133");
        assertThat(check.findings("row-missing")).extracting(check::message).containsExactly(
                "表三此行的项目名称为空，按位置视为“（一）予以公开”行；请补全项目名称",
                "表三此行的项目名称为空，按位置视为“（二）部分公开”行；请补全项目名称");
        assertThat(check.report().table3().row("R3.1").orElseThrow().cells()).allMatch(c -> c.hasNumber());
        assertThat(check.report().table3().row("R3.2").orElseThrow().cells()).allMatch(c -> c.hasNumber());
    }

    @Test
    void sample001IsA2021ReportInThe2019Format() {
        Check check = Check.sample("001").expectAmong(STRUCTURE, "template-version@16");
        assertThat(check.message(check.findings("template-version").get(0))).isEqualTo("2021年度报告应使用2021年格式，但表格为2019年格式（如“对外公开总数量”）");
    }

    @Test
    void sample002HasTwoTable3RowsWithOnlyTheirTotal() {
        Check check = Check.sample("002").expectAmong(STRUCTURE, "missing-cells@47", "missing-cells@48");
        assertThat(check.findings("missing-cells")).extracting(check::message).containsExactly(
                "表三“（一）予以公开”行缺少6个数值：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他",
                "表三“（二）部分公开”行缺少6个数值：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他");
    }

    @Test
    void sample003NumbersSectionsFourAndFiveWithArabicNumeralsAndTheFixRestoresThem() {
        Check check = Check.sample("003").expectAmong(STRUCTURE, "section-number@348", "section-number@395", "unknown-row@80");
        assertThat(check.findings("section-number")).extracting(check::message).containsExactly(
                "标题序号“4、”有误，“政府信息公开行政复议、行政诉讼情况”应编为“四、”",
                "标题序号“5、”有误，“存在的主要问题及改进情况”应编为“五、”");
        Check fixed = check.fixed("section-number").expectAmong(STRUCTURE, "unknown-row@80");
        String[] lines = fixed.source().split("\n", -1);
        assertThat(lines[347]).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
        assertThat(lines[394]).isEqualTo("五、存在的主要问题及改进情况");
        assertThat(fixed.source().length()).isEqualTo(check.source().length() - 2);
    }

    @Test
    void sample004HasNoStructuralDefect() {
        Check.sample("004").expectAmong(STRUCTURE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003"})
    void samplesBefore2021FollowThe2019Format(String id) {
        assertThat(Check.sample(id).report().template()).isEqualTo(TemplateVersion.V2019);
    }

    @Test
    void sample004FollowsThe2021Format() {
        assertThat(Check.sample("004").report().template()).isEqualTo(TemplateVersion.V2021);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySampleIsReadWhole(String id) {
        Check check = Check.sample(id).expectNone("sum-relation").expectNone("section-missing").expectNone("table-missing");
        var report = check.report();
        assertThat(report.sections()).hasSize(6);
        assertThat(report.title().year()).isNotNull();
        assertThat(report.table3().rows()).filteredOn(r -> r.spec() != null)
                .hasSize(report.template() == TemplateVersion.V2021 ? 25 : 23);
        assertThat(report.table4().data().cells()).hasSize(15).allMatch(c -> c.hasNumber());
    }

    @Test
    void samplesHaveTheirTitleYears() {
        assertThat(Samples.IDS.stream().map(id -> Check.sample(id).report().title().year()))
                .containsExactly(2020, 2021, 2020, 2020, 2022);
    }
}

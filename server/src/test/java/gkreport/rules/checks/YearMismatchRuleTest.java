package gkreport.rules.checks;

import static gkreport.testkit.Samples.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.rules.Finding;
import gkreport.testkit.RuleRun;
import gkreport.testkit.Samples;
import gkreport.testkit.Shown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class YearMismatchRuleTest {
    private static final YearMismatchRule RULE = new YearMismatchRule();

    @Test
    void sample001HasA2021TitleOverProseOn2020() {
        String text = Samples.text("001");
        List<Finding> findings = RuleRun.findings(RULE, text);
        assertThat(RuleRun.show(findings, text)).containsExactly(
                new Shown("year-mismatch", 1, "2021", "标题年份为2021年，但正文3处所述为2020年的工作"));
        assertThat(RuleRun.relatedLines(findings.get(0), text)).containsExactly(3, 3, 5);
    }

    @Test
    void sample003CarriesTheNoteOfThe2019Template() {
        assertThat(RuleRun.shown(RULE, Samples.text("003"))).containsExactly(new Shown("year-mismatch", 86,
                "：指2019办理总数+2018年未办结数（跨年办理数）=2019办结数+2019未结数（跨年办理数）",
                "表格说明“：指2019办理总数+2018年未办结数（跨年办理数）=2019…”提到2019、2018年，与报告年度2020年不符，可能沿用了旧模板"));
    }

    @Test
    void sample004SpeaksOf2021InA2022Report() {
        assertThat(RuleRun.shown(RULE, Samples.text("004"))).containsExactly(
                new Shown("year-mismatch", 10, "2021年度", "正文此处所述为2021年，但报告年度（标题）为2022年"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "002"})
    void samplesWhoseYearsAgreeAreQuiet(String id) {
        assertThat(RuleRun.shown(RULE, Samples.text(id))).isEmpty();
    }

    @Test
    void sample004WithItsYearCorrectedIsQuiet() {
        String text = replace(Samples.text("004"), "2021年度创业乡", "2022年度创业乡");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void aStaleYearInTheProseIsFoundWhereItIsWritten() {
        String text = replace(Samples.text("002"), "2020年度，平等乡", "2019年度，平等乡");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::text).containsExactly(tuple(11, "2019年度"));
    }

    @Test
    void aStatisticsPeriodOfAnotherYearIsFound() {
        String text = replace(Samples.text("000"), "自2020年1月1日起至2020年12月31日止", "自2019年1月1日起至2019年12月31日止");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::text, Shown::message).containsExactly(tuple(3,
                "2019年1月1日起至2019年12月31日止", "统计期限“2019年1月1日起至2019年12月31日止”与报告年度2020年不符"));
    }

    @Test
    void aSignatureDateNotInTheFollowingYearIsFound() {
        String text = replace(Samples.text("000"), "2021年1月13日", "2020年1月13日");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::message)
                .containsExactly(tuple(404, "日期“2020年1月13日”有误：2020年度报告应于2021年印发"));
    }

    @Test
    void aSignatureInChineseNumeralsIsRead() {
        String good = replace(Samples.text("000"), "2021年1月13日", "二〇二一年一月十三日");
        String bad = replace(Samples.text("000"), "2021年1月13日", "二〇二〇年一月十三日");
        assertThat(RuleRun.shown(RULE, good)).isEmpty();
        assertThat(RuleRun.shown(RULE, bad)).extracting(Shown::line).containsExactly(404);
    }

    @Test
    void plansForTheNextYearAndSectionFiveAreAccepted() {
        String text = replace(Samples.text("002"), "依法依规做好答复工作。", "依法依规做好答复工作。2021年，我乡将继续规范答复流程。");
        text = replace(text, "2020年，平等乡在政务公开工作中", "2019年，平等乡在政务公开工作中");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void yearsInListsTitlesAndComparisonsAreNotTheReportingYear() {
        String text = replace(Samples.text("002"), "依法依规做好答复工作。",
                "依法依规做好答复工作。公开了2019年度部门决算和《2019年度工作要点》，与2019年相比，申请有所减少。2018年以来，我乡持续推进政务公开。");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void aMutatedSampleGainsExactlyTheYearFindingAndNothingElse() {
        String original = Samples.text("002");
        String mutated = replace(original, "2020年度，平等乡", "2019年度，平等乡");
        List<Shown> added = new ArrayList<>(RuleRun.all(mutated));
        added.removeAll(RuleRun.all(original));
        assertThat(added).extracting(Shown::rule, Shown::line, Shown::text).containsExactly(tuple("year-mismatch", 11, "2019年度"));
    }
}

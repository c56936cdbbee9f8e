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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class NarrativeMismatchRuleTest {
    private static final NarrativeMismatchRule RULE = new NarrativeMismatchRule();
    private static final String CONSISTENT = Samples.fixture("consistent-2023.txt");

    @Test
    void sample002StatesFiveApplicationsWhereTheTableHasNone() {
        String text = Samples.text("002");
        List<Finding> findings = RuleRun.findings(RULE, text);
        assertThat(RuleRun.show(findings, text)).containsExactly(new Shown("narrative-mismatch", 13, "共收到政府信息公开申请5件",
                "正文称收到申请5件，但表三“一、本年新收政府信息公开申请数量”行“总计”列为0"));
        assertThat(RuleRun.relatedLines(findings.get(0), text)).containsExactly(45, 46);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "003", "004"})
    void theOtherSamplesStateNothingTheTablesContradict(String id) {
        assertThat(RuleRun.shown(RULE, Samples.text(id))).isEmpty();
    }

    @Test
    void sample002WithTheProseCorrectedIsQuiet() {
        String text = replace(Samples.text("002"), "共收到政府信息公开申请5件", "共收到政府信息公开申请0件");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void statementsAddedToSample004AreEachFoundAtTheirPlace() {
        String text = replace(Samples.text("004"), "提供了坚强有力保障。",
                "提供了坚强有力保障。全年共受理政府信息公开申请3件，予以公开2件，因政府信息公开被申请行政复议1件。");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::text, Shown::message).containsExactly(
                tuple(6, "共受理政府信息公开申请3件", "正文称收到申请3件，但表三“一、本年新收政府信息公开申请数量”行“总计”列为0"),
                tuple(6, "予以公开2件", "正文称予以公开2件，但表三“（一）予以公开”行“总计”列为0"),
                tuple(6, "被申请行政复议1件", "正文称行政复议1件，但表四“行政复议·总计”列为0"));
    }

    @Test
    void aMutatedSampleGainsExactlyTheNarrativeFindingAndNothingElse() {
        String original = Samples.text("004");
        String mutated = replace(original, "提供了坚强有力保障。", "提供了坚强有力保障。本年度结转下年度继续办理的申请2件。");
        List<Shown> added = new ArrayList<>(RuleRun.all(mutated));
        added.removeAll(RuleRun.all(original));
        assertThat(added).extracting(Shown::rule, Shown::line, Shown::text)
                .containsExactly(tuple("narrative-mismatch", 6, "结转下年度继续办理的申请2件"));
    }

    @Test
    void aConsistentReportStatingEveryQuantityIsQuiet() {
        assertThat(RuleRun.shown(RULE, CONSISTENT)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "共收到政府信息公开申请10件;共收到政府信息公开申请9件;正文称收到申请9件，但表三“一、本年新收政府信息公开申请数量”行“总计”列为10，与上年结转合计为12",
        "上年结转2件;上年结转3件;正文称上年结转3件，但表三“二、上年结转政府信息公开申请数量”行“总计”列为2",
        "办结11件;办结12件;正文称办结12件，但表三“（七）总计”行“总计”列为11",
        "结转下年度继续办理1件;结转下年度继续办理4件;正文称结转下年度4件，但表三“四、结转下年度继续办理”行“总计”列为1",
        "予以公开5件;予以公开6件;正文称予以公开6件，但表三“（一）予以公开”行“总计”列为5，与部分公开合计为7",
        "部分公开2件;部分公开3件;正文称部分公开3件，但表三“（二）部分公开”行“总计”列为2",
        "不予公开1件;不予公开4件;正文称不予公开4件，但表三“（三）不予公开”各行“总计”列之和为1",
        "无法提供2件;无法提供5件;正文称无法提供5件，但表三“（四）无法提供”各行“总计”列之和为2",
        "不予处理0件;不予处理1件;正文称不予处理1件，但表三“（五）不予处理”各行“总计”列之和为0",
        "其他处理1件;其他处理3件;正文称其他处理3件，但表三“（六）其他处理”各行“总计”列之和为1",
        "予以公开及部分公开7件;予以公开及部分公开8件;正文称予以公开及部分公开8件，但表三“（一）予以公开”行“总计”列与表三“（二）部分公开”行“总计”列之和为7",
        "被申请行政复议1件;被申请行政复议2件;正文称行政复议2件，但表四“行政复议·总计”列为1",
        "被提起行政诉讼1件;被提起行政诉讼2件;正文称行政诉讼2件，但表四“行政诉讼·未经复议直接起诉·总计”列与表四“行政诉讼·复议后起诉·总计”列之和为1",
        "直接起诉1件;直接起诉0件;正文称未经复议直接起诉0件，但表四“行政诉讼·未经复议直接起诉·总计”列为1",
        "复议后起诉0件;复议后起诉1件;正文称复议后起诉1件，但表四“行政诉讼·复议后起诉·总计”列为0",
        "（63.64%）;（60%）;正文称予以公开及部分公开占60%，但按表三计算为64%（7件/“（七）总计”11件）"})
    void eachQuantityOfTheConsistentReportIsCheckedAgainstItsCells(String written, String changed, String message) {
        String text = replace(CONSISTENT, written, changed);
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::message).containsExactly(tuple(5 + lineOffset(written), message));
    }

    /** The quantities of table 四 are stated on line 6 of the fixture, the others on line 5. */
    private static int lineOffset(String written) {
        return written.contains("复议") || written.contains("诉讼") || written.contains("起诉") ? 1 : 0;
    }

    @Test
    void aCountWithItsCarriedOverApplicationsAgrees() {
        String text = replace(CONSISTENT, "共收到政府信息公开申请10件", "共收到政府信息公开申请12件（含上年结转）");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void sentencesWithNumbersThatAreNotTheTablesQuantitiesAreNotRead() {
        String text = replace(Samples.text("002"), "2020年，平等乡共收到政府信息公开申请5件。",
                "已接受群众咨询126次，公开的事项共224项，办理人大代表建议5件、政协提案3件，受理信访举报投诉12件，"
                        + "收到行政复议决定书2份。2019年，平等乡共收到政府信息公开申请3件。与上年相比，收到申请减少5件。"
                        + "全县共受理政府信息公开申请88件。其中通过网络收到申请4件。联系电话：0517-87222589，邮编：223100，"
                        + "地址：人民路12号，2020年12月31日前予以答复。属于国家秘密不予公开1件。");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void aCellTheRecognizerCouldNotReadGivesNoComparison() {
        // Sample 002's （一）予以公开 row holds only its 总计: the row is not read with confidence.
        String text = replace(Samples.text("002"), "2020年，平等乡共收到政府信息公开申请5件。", "予以公开3件。");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }
}

package gkreport.rules.checks;

import static gkreport.testkit.Samples.replace;
import static gkreport.testkit.Samples.setCellPerLineRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.testkit.RuleRun;
import gkreport.testkit.Samples;
import gkreport.testkit.Shown;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PlausibilityRuleTest {
    private static final PlausibilityRule RULE = new PlausibilityRule();
    private static final String CONSISTENT = Samples.fixture("consistent-2023.txt");

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void theSamplesArePlausible(String id) {
        assertThat(RuleRun.shown(RULE, Samples.text(id))).isEmpty();
    }

    @Test
    void aTownshipReportingRulesIsFoundAtTheFirstNonZeroCell() {
        String text = replace(Samples.text("002"), "规章\t0\t0\t0", "规章\t0\t1\t1");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::text, Shown::message).containsExactly(tuple(23, "1",
                "“平等乡人民政府”是乡镇、街道一级的机关，无权制定规章，但表二“第二十条第（一）项 规章”行“本年新公开数量”列为1"));
    }

    @Test
    void aCountyDepartmentReportingRulesIsFound() {
        String text = replace(CONSISTENT, "示例县和平镇人民政府2023年", "示例县交通运输局2023年");
        text = replace(text, "规章 | 0 | 0 | 0", "规章 | 1 | 0 | 1");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::message).containsExactly(tuple(11,
                "“示例县交通运输局”是县级机关或其部门，无权制定规章，但表二“第二十条第（一）项 规章”行“本年制发件数”列为1"));
    }

    @Test
    void aCityMayReportRules() {
        String text = replace(CONSISTENT, "示例县和平镇人民政府2023年", "示例市人民政府2023年");
        text = replace(text, "规章 | 0 | 0 | 0", "规章 | 1 | 0 | 1");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void moreIssuedThanInForceAndRepealedIsFound() {
        String text = setCellPerLineRow(Samples.text("004"), "行政规范性文件", "3", "0", "1");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::text, Shown::message).containsExactly(
                tuple(26, "3", "表二“第二十条第（一）项 行政规范性文件”行：本年制发件数3大于现行有效件数1与本年废止件数0之和"));
    }

    @Test
    void yuanWrittenInAWanYuanColumnIsFound() {
        String text = replace(Samples.text("002"), "政府集中采购\t1\t2.3873", "政府集中采购\t1\t23873元");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::message).containsExactly(tuple(38,
                "表二“第二十条第（九）项 政府集中采购”行“采购总金额”列以万元为单位，但填写了“23873元”；按万元应为2.3873"));
    }

    @Test
    void anAmountTooLargeForATownshipInWanYuanIsFound() {
        String text = replace(CONSISTENT, "行政事业性收费 | 3.5", "行政事业性收费 | 35000");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line, Shown::message).containsExactly(tuple(22,
                "表二“第二十条第（八）项 行政事业性收费”行“本年收费金额（单位：万元）”列为35000万元，对乡镇、街道一级的机关而言过大，可能按元填写（按万元应为3.5）"));
    }

    @Test
    void anAmountInAColumnOfUnknownUnitIsNotJudged() {
        String text = replace(Samples.text("000"), "\t政府集中采购\n\t0\n\t0", "\t政府集中采购\n\t1\n\t250000");
        assertThat(RuleRun.shown(RULE, text)).isEmpty();
    }

    @Test
    void aMutatedSampleGainsExactlyThePlausibilityFindingAndNothingElse() {
        String original = Samples.text("002");
        String mutated = replace(original, "规章\t0\t0\t0", "规章\t0\t1\t1");
        List<Shown> added = new ArrayList<>(RuleRun.all(mutated));
        added.removeAll(RuleRun.all(original));
        assertThat(added).extracting(Shown::rule, Shown::line).containsExactly(tuple("plausibility", 23));
    }
}

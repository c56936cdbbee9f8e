package gkreport.rules.crossyear;

import static gkreport.testkit.Samples.replace;
import static gkreport.testkit.Samples.setCellPerLineRow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.service.ReportSet;
import gkreport.service.Settings;
import gkreport.testkit.RuleRun;
import gkreport.testkit.Shown;
import gkreport.text.Messages;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrossYearCheckTest {
    private static final String LAST = "2022.txt";
    private static final String THIS = "2023.txt";

    /** Both reports put in one {@link ReportSet}, as the faces do, and the findings on each. */
    private static Map<String, List<Finding>> check(String lastYear, String thisYear) {
        List<AnalyzedReport> reports = List.of(new AnalyzedReport(THIS, RuleRun.report(thisYear)),
                new AnalyzedReport(LAST, RuleRun.report(lastYear)));
        ReportSet set = new ReportSet();
        for (AnalyzedReport r : reports) set.add(r.location(), r.report());
        Map<String, List<Finding>> found = new HashMap<>();
        for (AnalyzedReport r : reports) {
            List<Finding> on = set.findingsOn(r.location(), r.report(), Settings.DEFAULT);
            if (!on.isEmpty()) found.put(r.location(), on);
        }
        return found;
    }

    @Test
    void consecutiveReportsThatCarryOverRightAreQuiet() {
        assertThat(check(CrossYearFixtures.lastYear(), CrossYearFixtures.thisYear())).isEmpty();
    }

    @Test
    void theFixturesAreCleanOnTheirOwnButForSample004sOwnDefects() {
        assertThat(RuleRun.all(CrossYearFixtures.thisYear())).extracting(Shown::rule)
                .containsOnly("conversion-artifact");
    }

    @Test
    void aCarryOverOtherThanLastYearsCarriedForwardIsFoundColumnByColumn() {
        String thisYear = CrossYearFixtures.thisYear();
        String lastYear = CrossYearFixtures.lastYearWithNothingCarriedForward();
        List<Finding> found = check(lastYear, thisYear).get(THIS);
        assertThat(RuleRun.show(found, thisYear)).extracting(Shown::rule, Shown::line, Shown::text, Shown::message).containsExactly(
                tuple("cross-year", 87, "1", "表三“二、上年结转政府信息公开申请数量”行“自然人”列为1，但上年（2022年）报告表三“四、结转下年度继续办理”行“自然人”列为0"),
                tuple("cross-year", 93, "1", "表三“二、上年结转政府信息公开申请数量”行“总计”列为1，但上年（2022年）报告表三“四、结转下年度继续办理”行“总计”列为0"));
        Related lastYears = found.get(0).related().get(0);
        assertThat(lastYears.location()).isEqualTo(LAST);
        assertThat(lastYears.source().lineOf(lastYears.range().start()) + 1).isEqualTo(336);
        assertThat(Messages.ZH.render(lastYears.message())).isEqualTo("上年报告表三“四、结转下年度继续办理”行“自然人”列：0");
    }

    @Test
    void aStockThatLastYearsDoesNotExplainIsFound() {
        String thisYear = setCellPerLineRow(CrossYearFixtures.thisYear(), CrossYearFixtures.NORMATIVE, "1", "1", "7");
        List<Finding> found = check(CrossYearFixtures.lastYear(), thisYear).get(THIS);
        assertThat(RuleRun.show(found, thisYear)).extracting(Shown::line, Shown::text, Shown::message).containsExactly(tuple(27, "7",
                "表二“第二十条第（一）项 行政规范性文件”行现行有效件数为7，但2022年现行有效5+本年制发1−本年废止1=5"));
        assertThat(RuleRun.relatedLines(found.get(0), thisYear)).containsExactly(28, 25, 26);
        assertThat(found.get(0).related().get(0).location()).isEqualTo(LAST);
    }

    @Test
    void aReportCopiedFromLastYearIsFoundAtItsTitleAndItsCopiedTablesDoNotCarryOver() {
        String lastYear = CrossYearFixtures.lastYear();
        String copied = replace(lastYear, "桦川县创业乡2022年", "桦川县创业乡2023年");
        List<Finding> found = check(lastYear, copied).get(THIS);
        assertThat(RuleRun.show(found, copied)).extracting(Shown::rule, Shown::line, Shown::message).containsExactly(
                tuple("plausibility", 2, "正文23句中有23句（100%）与2022年报告相同，可能照搬了上年报告"),
                tuple("cross-year", 28, "表二“第二十条第（一）项 行政规范性文件”行现行有效件数为5，但2022年现行有效5+本年制发2−本年废止0=7"),
                tuple("cross-year", 88, "表三“二、上年结转政府信息公开申请数量”行“自然人”列为0，但上年（2022年）报告表三“四、结转下年度继续办理”行“自然人”列为1"),
                tuple("cross-year", 94, "表三“二、上年结转政府信息公开申请数量”行“总计”列为0，但上年（2022年）报告表三“四、结转下年度继续办理”行“总计”列为1"));
    }

    @Test
    void reportsOfOtherAgenciesOrYearsAreNotPaired() {
        String other = replace(CrossYearFixtures.thisYear(), "桦川县创业乡2023年", "桦川县悦来镇2023年");
        String twoYearsLater = replace(CrossYearFixtures.thisYear(), "桦川县创业乡2023年", "桦川县创业乡2024年");
        String lastYear = CrossYearFixtures.lastYearWithNothingCarriedForward();
        assertThat(check(lastYear, other)).isEmpty();
        assertThat(check(lastYear, twoYearsLater)).isEmpty();
    }

    @Test
    void theRelatedPlaceIsAPositionInLastYearsText() {
        String lastYear = CrossYearFixtures.lastYearWithNothingCarriedForward();
        Related related = check(lastYear, CrossYearFixtures.thisYear()).get(THIS).get(0).related().get(0);
        SourceText lastText = new SourceText(lastYear);
        SourceText kept = related.source();
        int line = kept.lineOf(related.range().start());
        int offset = lastText.lineStart(line) + kept.utf16Column(related.range().start());
        assertThat(kept.slice(related.range())).isEqualTo("0");
        assertThat(lastText.slice(new TextRange(offset, offset + 1))).isEqualTo("0");
        assertThat(kept.length()).as("only what places the cell is kept").isLessThan(lastYear.length() / 4);
    }
}

package gkreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.Finding;
import gkreport.rules.crossyear.AnalyzedReport;
import gkreport.service.Analyzer;
import gkreport.service.ReportSet;
import gkreport.service.Settings;
import gkreport.testkit.Check;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated reports in every form and both formats: a clean one gives no finding, a report with
 * one injected defect gives exactly the findings of that defect's rule; an agency's consecutive
 * reports checked together give no cross-year finding.
 */
class GeneratedCorpusTest {
    @Test
    void cleanReportsHaveNoFindingAndEachDefectIsFoundByItsRule() {
        CorpusGenerator generator = new CorpusGenerator(42, 0.5);
        int defects = 0;
        for (int i = 0; i < 300; i++) {
            GeneratedReport report = generator.next();
            Check check = Check.text(report.text());
            List<String> rules = check.findings().stream().map(Finding::rule).map(r -> r.id()).distinct().toList();
            if (report.defect() == null) {
                assertThat(rules).as("report %d:%n%s", i, report.text()).isEmpty();
            } else {
                defects++;
                assertThat(rules).as("report %d (%s):%n%s", i, report.defect(), report.text()).containsExactly(report.defect());
            }
        }
        assertThat(defects).isBetween(100, 200);
    }

    @Test
    void anAgencysConsecutiveReportsAgreeWithEachOther() {
        CorpusGenerator generator = new CorpusGenerator(7, 0);
        Analyzer analyzer = new Analyzer();
        List<AnalyzedReport> reports = new ArrayList<>();
        for (int i = 0; i < 120; i++) {
            reports.add(new AnalyzedReport("r" + i, analyzer.analyze(generator.next().text(), Settings.DEFAULT).report()));
        }
        long pairs = reports.stream().filter(r -> reports.stream().anyMatch(o -> lastYearOf(o, r))).count();
        assertThat(pairs).isGreaterThan(40);
        ReportSet set = new ReportSet();
        for (AnalyzedReport r : reports) set.add(r.location(), r.report());
        assertThat(reports).allSatisfy(r -> assertThat(set.findingsOn(r.location(), r.report(), Settings.DEFAULT)).isEmpty());
    }

    private static boolean lastYearOf(AnalyzedReport candidate, AnalyzedReport report) {
        return candidate.report().title().agency().equals(report.report().title().agency())
                && candidate.report().year().orElseThrow() == report.report().year().orElseThrow() - 1;
    }
}

package gkreport.bench;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.Finding;
import gkreport.testkit.Check;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Generated reports in every form and both formats: a clean one gives no finding, a report with
 * one injected defect gives exactly the findings of that defect's rule.
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
}

package gkreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import gkreport.rules.Finding;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;

/**
 * Jazzer fuzz tests of grammar, recognizer and rules. {@code mvn verify} runs them in regression
 * mode over the inputs in {@code src/test/resources/gkreport/fuzz/AnalysisFuzzTestInputs/} (and
 * any crash Jazzer found and saved there); the README gives the command that fuzzes for longer.
 */
class AnalysisFuzzTest {
    private static final Analyzer ANALYZER = new Analyzer();

    /** Any text is analysed: no rule throws, and every range lies inside the text. */
    @FuzzTest(maxDuration = "5m")
    void anyTextIsAnalysed(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        for (Finding f : analysis.findings()) {
            assertThat(f.range().start()).isBetween(0, f.range().end());
            assertThat(f.range().end()).isLessThanOrEqualTo(text.length());
            f.related().forEach(r -> assertThat(r.range().end()).isLessThanOrEqualTo(r.sourceOr(analysis.report().source()).length()));
        }
    }

    /** Fixing twice is fixing once, and leaves nothing fixable. */
    @FuzzTest(maxDuration = "5m")
    void fixingTwiceIsFixingOnce(FuzzedDataProvider data) {
        String text = data.consumeRemainingAsString();
        Fixer fixer = new Fixer(ANALYZER);
        String once = fixer.fixAll(text, Settings.DEFAULT, Finding::fixable).text();
        Fixer.Result twice = fixer.fixAll(once, Settings.DEFAULT, Finding::fixable);
        assertThat(twice.applied()).isZero();
        assertThat(twice.text()).isEqualTo(once);
    }
}

package gkreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import org.junit.jupiter.api.Test;

/**
 * Space-aligned input far beyond any real report is analysed to the end: 100,000 rows with group
 * labels and blank cells between them, a 1 MB line of numbers, a line of 50,000 labels. (Each took
 * quadratic time once; how long they take is not asserted here.)
 */
class LargeSpacedInputTest {
    private static final Analyzer ANALYZER = new Analyzer();

    @Test
    void aHundredThousandSpacedRowsAreAnalysed() {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            if (i % 7 == 0) b.append("          （三）不予公开\n");
            b.append("规章   ").append(i % 10).append("     0    ").append(i % 3 == 0 ? "   " : "5").append('\n');
        }
        assertAnalysed(b.toString());
    }

    @Test
    void aOneMegabyteLineOfNumbersIsAnalysed() {
        assertAnalysed("12  ".repeat(250_000) + "\n");
    }

    @Test
    void aLineOfFiftyThousandLabelsBeforeItsNumberIsAnalysed() {
        assertAnalysed("一、本年新收   ".repeat(50_000) + "5\n" + "说明  ".repeat(100_000) + "\n");
    }

    private static void assertAnalysed(String text) {
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        assertThat(analysis.findings()).allSatisfy(f -> assertThat(f.range().end()).isLessThanOrEqualTo(text.length()));
    }
}

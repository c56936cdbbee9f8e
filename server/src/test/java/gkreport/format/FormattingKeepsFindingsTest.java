package gkreport.format;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import gkreport.rules.Finding;
import gkreport.testkit.Check;
import gkreport.testkit.LayoutFixtures;
import gkreport.testkit.Samples;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formatting keeps every value and label: the formatted text gives the same findings (rule,
 * severity, how many) as the text as written, and formatting it again changes nothing.
 */
class FormattingKeepsFindingsTest {
    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySampleKeepsItsFindingsAndFormatsOnce(String id) {
        assertKeepsFindingsAndIsIdempotent(id, Samples.text(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void spaceAlignedTablesAreKeptAsWrittenWithTheirFindings(String name) {
        assertKeepsFindingsAndIsIdempotent(name, LayoutFixtures.text(name));
    }

    @Test
    void generatedReportsInEveryFormKeepTheirFindingsAndFormatOnce() {
        CorpusGenerator generator = new CorpusGenerator(7, 0.5);
        for (int i = 0; i < 200; i++) {
            GeneratedReport report = generator.next();
            assertKeepsFindingsAndIsIdempotent("generated " + i + " (" + report.defect() + ")", report.text());
        }
    }

    private static void assertKeepsFindingsAndIsIdempotent(String name, String text) {
        String formatted = CanonicalFormatter.format(text);
        assertThat(tally(formatted)).as("findings of %s, formatted:%n%s", name, formatted).isEqualTo(tally(text));
        assertThat(CanonicalFormatter.format(formatted)).as("%s formatted twice", name).isEqualTo(formatted);
    }

    /** 「rule severity」 → how many. */
    private static Map<String, Long> tally(String text) {
        Map<String, Long> counts = new TreeMap<>();
        List<Finding> findings = Check.text(text).findings();
        for (Finding f : findings) counts.merge(f.rule().id() + " " + f.severity().id(), 1L, Long::sum);
        return counts;
    }
}

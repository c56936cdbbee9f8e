package gkreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import org.junit.jupiter.api.Test;

/**
 * Inputs far beyond any real report are analysed to the end with sane results: 5 MB of reports
 * one after the other, a 1 MB single line, 100,000 tiny table rows. How long they take is
 * measured by {@code LargeInputBenchmark} in bench/, not asserted here.
 */
class LargeInputTest {
    private static final Analyzer ANALYZER = new Analyzer();

    /** 5 MB of generated reports, one after the other. */
    static String reports(int chars) {
        CorpusGenerator generator = new CorpusGenerator(5, 0.2);
        StringBuilder b = new StringBuilder();
        while (b.length() < chars) b.append(generator.next().text());
        return b.toString();
    }

    /** Reports joined into one line of about a million characters. */
    static String singleLine(int chars) {
        return reports(chars).replace('\n', ' ').substring(0, chars);
    }

    /** Pipe rows of two tiny cells, one after the other. */
    static String tinyRows(int rows) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < rows; i++) b.append('|').append(i % 10).append("|0|\n");
        return b.toString();
    }

    @Test
    void fiveMegabytesOfReportsAreReadAsTheFirstReportWithItsFindings() {
        String text = reports(5_000_000);
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        assertThat(analysis.report().title()).isNotNull();
        assertThat(analysis.report().table3()).isNotNull();
        assertThat(analysis.findings()).isNotEmpty().allSatisfy(f -> assertInside(f, text));
    }

    @Test
    void aOneMegabyteLineIsAnalysed() {
        String text = singleLine(1_000_000);
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        assertThat(analysis.findings()).allSatisfy(f -> assertInside(f, text));
        assertThat(analysis.findings()).filteredOn(f -> f.rule() == RuleId.UNREADABLE_TABLE).hasSize(1);
        assertThat(analysis.findings()).noneMatch(f -> f.rule() == RuleId.SECTION_MISSING || f.rule() == RuleId.TABLE_MISSING);
    }

    @Test
    void aHundredThousandTinyRowsAreAnalysed() {
        String text = tinyRows(100_000);
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        assertThat(analysis.report().sections()).isEmpty();
        assertThat(analysis.findings()).allSatisfy(f -> assertInside(f, text))
                .anyMatch(f -> f.rule() == RuleId.SECTION_MISSING);
    }

    private static void assertInside(Finding f, String text) {
        assertThat(f.range().end()).isLessThanOrEqualTo(text.length());
    }
}

package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.testkit.PdfCorpus;
import gkreport.text.Messages;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The real PDFs end to end, as {@code check} reads them: imported to the canonical text, analysed,
 * tables 二, 三 and 四 found with their numbers, and the two wrong totals of hzq2023's table 四
 * reported.
 */
class PdfAnalysisTest {
    private static final Map<String, Analysis> ANALYSED = new ConcurrentHashMap<>();

    private static Analysis analysis(String name) {
        return ANALYSED.computeIfAbsent(name, n -> {
            try {
                return new Analyzer().analyze(Importer.canonicalText(PdfCorpus.path(n)), Settings.DEFAULT);
            } catch (UnreadableFileException e) {
                throw new AssertionError(n + ": " + e.reason(), e);
            }
        });
    }

    /** A row's numbers between spaces, a blank or absent cell as 「_」. */
    private static String numbers(DataRow row) {
        return String.join(" ", row.cells().stream().map(DataCell::number).map(n -> n == null ? "_" : n.toPlainString()).toList());
    }

    /** Table 二's numbers, block after block. */
    private static String table2(Report report) {
        return String.join(" ", report.table2().allRows().stream().map(PdfAnalysisTest::numbers).toList());
    }

    private static String table3(Report report, String key) {
        return numbers(report.table3().row(key).orElseThrow());
    }

    /** Table 四's three blocks of five, between bars. */
    private static String table4(Report report) {
        return numbers(report.table4().data()).replaceAll("^((?:\\S+ ){4}\\S+) ((?:\\S+ ){4}\\S+) ", "$1 | $2 | ");
    }

    private static List<String> rendered(Analysis analysis, RuleId rule) {
        return analysis.findings().stream().filter(f -> f.rule() == rule).map(Finding::message).map(Messages.ZH::render).toList();
    }

    @Test
    void hzq2023IsReadWithItsTwoWrongTotalsInTableFour() {
        Report report = analysis("hzq2023").report();
        assertThat(report.title().year()).isEqualTo(2023);
        assertThat(table2(report)).isEqualTo("0 0 0 0 5 5 550 4119 195 7730.28");
        assertThat(table3(report, "R1")).isEqualTo("21 0 0 0 0 0 21");
        assertThat(table3(report, "R3.4.1")).isEqualTo("10 0 0 0 0 0 10");
        assertThat(table3(report, "R3.7")).isEqualTo("21 0 0 0 0 0 21");
        assertThat(table4(report)).isEqualTo("10 1 0 0 0 | 0 0 0 0 0 | 5 0 0 0 0");
        assertThat(rendered(analysis("hzq2023"), RuleId.SUM_RELATION)).satisfiesExactly(
                m -> assertThat(m).contains("表四“行政复议”", "=11", "“总计”填写0"),
                m -> assertThat(m).contains("表四“行政诉讼·复议后起诉”", "=5", "“总计”填写0"));
    }

    @Test
    void hzq2024IsReadWithoutAWrongSum() {
        Report report = analysis("hzq2024").report();
        assertThat(table2(report)).isEqualTo("0 0 0 3 0 8 9487 2776 84 7545");
        assertThat(table3(report, "R1")).isEqualTo("95 0 0 0 0 0 95");
        assertThat(table4(report)).isEqualTo("1 1 0 0 2 | 1 0 0 0 1 | 2 0 1 0 3");
        assertThat(rendered(analysis("hzq2024"), RuleId.SUM_RELATION)).isEmpty();
    }

    @Test
    void szfgs2024IsReadWithoutAnError() {
        Analysis analysis = analysis("szfgs2024");
        Report report = analysis.report();
        assertThat(table2(report)).isEqualTo("1 0 11 8 26 66 447228 3985758 88283 96171.6");
        assertThat(table3(report, "R1")).isEqualTo("3001 53 0 0 61 4 3119");
        assertThat(table3(report, "R3.6.1")).isEqualTo("67 3 0 0 1 0 71");
        assertThat(table3(report, "R4")).isEqualTo("103 0 0 0 0 0 103");
        assertThat(table4(report)).isEqualTo("72 64 178 37 351 | 13 4 8 1 26 | 12 1 1 6 20");
        assertThat(analysis.findings()).noneMatch(f -> f.severity() == Severity.ERROR);
    }

    @Test
    void everySectionAndTableIsFound() {
        for (String name : PdfCorpus.NAMES) {
            Report report = analysis(name).report();
            assertThat(report.sections()).as(name).hasSize(6);
            assertThat(report.table2()).as(name).isNotNull();
            assertThat(report.table3()).as(name).isNotNull();
            assertThat(report.table4()).as(name).isNotNull();
            assertThat(rendered(analysis(name), RuleId.TABLE_MISSING)).as(name).isEmpty();
            assertThat(rendered(analysis(name), RuleId.MISSING_CELLS)).as(name).isEmpty();
        }
    }
}

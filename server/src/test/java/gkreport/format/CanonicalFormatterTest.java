package gkreport.format;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.ReportParser;
import gkreport.lsp.SampleFiles;
import gkreport.model.Report;
import gkreport.recognize.Recognizer;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.text.Messages;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CanonicalFormatterTest {
    private static final Analyzer ANALYZER = new Analyzer();

    static Stream<String> samples() {
        return SampleFiles.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void formattedSampleGivesTheSameFindings(String sample) {
        String text = SampleFiles.text(sample);
        String formatted = format(text);
        assertThat(findings(formatted)).isEqualTo(findings(text));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void formattedSampleKeepsYearTemplateAndEveryValue(String sample) {
        String text = SampleFiles.text(sample);
        Report before = report(text);
        Report after = report(format(text));
        assertThat(after.year()).isEqualTo(before.year());
        assertThat(after.template()).isEqualTo(before.template());
        assertThat(after.sections()).hasSameSizeAs(before.sections());
        assertThat(cellTexts(after.table3())).isEqualTo(cellTexts(before.table3()));
        assertThat(after.table4().data().cells().stream().map(c -> c.value()).toList())
                .isEqualTo(before.table4().data().cells().stream().map(c -> c.value()).toList());
        assertThat(after.table2().allRows().stream().flatMap(r -> r.cells().stream()).map(c -> c.value()).toList())
                .isEqualTo(before.table2().allRows().stream().flatMap(r -> r.cells().stream()).map(c -> c.value()).toList());
    }

    @ParameterizedTest
    @MethodSource("samples")
    void formattingIsIdempotentAndCanonical(String sample) {
        String once = format(SampleFiles.text(sample));
        assertThat(format(once)).isEqualTo(once);
        assertThat(once).doesNotContain("\t", "\r", "\n\n\n").endsWith("\n").startsWith("# ");
        List<String> headings = once.lines().filter(l -> l.startsWith("## ")).toList();
        assertThat(headings).hasSize(6);
    }

    @Test
    void writesTitleHeadingsAndPipeRowsWithEmptyCells() {
        String text = """
                某某县人民政府2020年
                政府信息公开工作年度报告
                **一、 总体情况**
                   正文第一段。
                正文第二段。
                二、主动公开政府信息情况
                \t第二十条第（一）项

                \t信息内容
                \t本年新
                制作数量
                \t

                规章\t0\t\t0
                4、政府信息公开行政复议、行政诉讼情况
                | 行政复议 | | |
                """;
        assertThat(format(text)).isEqualTo("""
                # 某某县人民政府2020年政府信息公开工作年度报告

                ## 一、总体情况

                正文第一段。

                正文第二段。

                ## 二、主动公开政府信息情况

                | 第二十条第（一）项 |
                | 信息内容 | 本年新制作数量 | |
                | 规章 | 0 | | 0 |

                ## 4、政府信息公开行政复议、行政诉讼情况

                | 行政复议 | | |
                """);
    }

    @Test
    void keepsConversionDebrisBeforeAHeadingNumeral() {
        String text = "[bookmark: _GoBack]五、存在的主要问题及改进情况\n无\n";
        assertThat(format(text)).isEqualTo("## [bookmark: _GoBack]五、存在的主要问题及改进情况\n\n无\n");
    }

    @Test
    void emptyTextStaysEmpty() {
        assertThat(format("")).isEmpty();
        assertThat(format("\n\n  \n")).isEmpty();
    }

    private static String format(String text) {
        return CanonicalFormatter.format(report(text));
    }

    private static Report report(String text) {
        return Recognizer.recognize(ReportParser.parse(text));
    }

    /**
     * Each finding's rule, severity and message. A year-mismatch message quotes the source line a
     * year stands on, and formatting joins a cell written over several lines into one, so for
     * that rule the rule and severity are compared, not the quote.
     */
    static List<String> findings(String text) {
        Messages m = Messages.ZH;
        return ANALYZER.analyze(text, Settings.DEFAULT).findings().stream()
                .map((Finding f) -> f.rule().id() + " " + f.severity()
                        + (f.rule() == RuleId.YEAR_MISMATCH ? "" : " " + m.render(f.message()))).toList();
    }

    private static List<String> cellTexts(gkreport.model.Table3 table) {
        return table.rows().stream().flatMap(r -> r.cells().stream())
                .map(c -> c.row() + "/" + c.column() + "=" + (c.isAbsent() ? "<absent>" : c.source().text())).toList();
    }
}

package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.importer.Importer;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.testkit.Check;
import gkreport.testkit.Corpus;
import gkreport.testkit.Mutate;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding stands where a person sees it: a range that is not empty and holds more than
 * blanks, so that an editor draws a squiggle under text, not an 8-pixel one under a tab.
 */
class VisibleRangesTest {
    private static final Path WEB = Path.of("src", "test", "resources", "gkreport", "fixtures", "web");

    /** The samples, every text and PDF of the corpus (PDFs and the web page through the importer), and mutated samples. */
    static Stream<Arguments> reports() throws Exception {
        List<Arguments> all = new ArrayList<>();
        for (String id : Samples.IDS) {
            String text = Samples.text(id);
            all.add(Arguments.of("sample " + id, text));
            Mutate m = Mutate.of(text);
            all.add(Arguments.of("sample " + id + " without table 四", m.replace(m.report().table4().syntax().range(), "")));
            all.add(Arguments.of("sample " + id + " without table 三's header", m.replace(m.report().table3().headerRange(), "")));
            all.add(Arguments.of("sample " + id + " with a blank cell", m.setCell(m.table3Cell("R4", 6), "")));
            all.add(Arguments.of("sample " + id + " without row R1", m.deleteRow(m.table3Row("R1"))));
            all.add(Arguments.of("sample " + id + " without row R4", m.deleteRow(m.table3Row("R4"))));
        }
        for (Path file : corpusFiles()) {
            String name = file.toString();
            all.add(Arguments.of(name, name.endsWith(".txt") ? Files.readString(file) : Importer.canonicalText(file)));
        }
        return all.stream();
    }

    private static List<Path> corpusFiles() throws IOException {
        try (Stream<Path> corpus = Files.walk(Corpus.DIR); Stream<Path> web = Files.list(WEB)) {
            return Stream.concat(corpus, web).filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".pdf") || p.toString().endsWith(".html"))
                    .sorted().toList();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void everyFindingHasARangeThatHoldsVisibleText(String name, String text) {
        Check check = Check.text(text);
        for (Finding f : check.findings()) {
            String shown = check.report().source().slice(f.range());
            assertThat(f.range().length()).as("%s: %s at line %d", name, f.rule().id(), check.lineOf(f.range().start())).isPositive();
            assertThat(shown.codePoints().anyMatch(VisibleRangesTest::visible))
                    .as("%s: %s at line %d covers 「%s」", name, f.rule().id(), check.lineOf(f.range().start()), shown).isTrue();
        }
    }

    @Test
    void missingCellsInTheTabFormOfSample002CoverTheLabelAndTheRow() {
        Check check = Check.sample("002");
        List<Finding> missing = check.findings("missing-cells");
        assertThat(missing).extracting(f -> check.lineOf(f.range().start()) + ":" + column(check, f.range().start()) + " "
                + check.report().source().slice(f.range())).containsExactly(
                "47:1 三、本年度办理结果\t(一) 予以公开\t\t\t\t\t\t0",
                "48:2 (二) 部分公开(区分处理的, 只计这一情形, 不计其他情形)\t\t\t\t\t\t0");
    }

    @Test
    void blankLabelsOfSample000CoverTheLabelLineThroughTheRowsLastCell() {
        Check check = Check.sample("000");
        List<Finding> blank = check.findings("row-missing");
        SourceText source = check.report().source();
        assertThat(blank).extracting(f -> check.lineOf(f.range().start()) + ":" + column(check, f.range().start())
                + "-" + check.lineOf(f.range().end()) + ":" + column(check, f.range().end())).containsExactly("123:1-130:3", "133:1-140:3");
        assertThat(source.slice(blank.get(0).range())).startsWith("\t三、本年度办理结果\n\t\u00a00\n").endsWith("\t0");
        assertThat(source.slice(blank.get(1).range())).startsWith("\t\n\t\u00a00\n").endsWith("\t0");
    }

    @Test
    void aCellDroppedFromTheCellPerLineFormIsShownFromTheLabelLineToTheLastCellLine() {
        String text = Samples.text("000");
        int label = text.indexOf("\t1.属于国家秘密\n");
        int firstValue = label + "\t1.属于国家秘密\n".length();
        String dropped = text.substring(0, firstValue) + text.substring(text.indexOf('\n', firstValue) + 1);
        Check check = Check.text(dropped);
        Finding missing = check.findings("missing-cells").stream()
                .filter(f -> check.message(f).contains("属于国家秘密")).findFirst().orElseThrow();
        assertThat(check.message(missing)).isEqualTo("表三“（三）不予公开 1.属于国家秘密”行缺少1个数值：自然人");
        DataRow row = check.report().table3().row("R3.3.1").orElseThrow();
        DataCell last = row.cell(6);
        assertThat(missing.range()).isEqualTo(new TextRange(row.labelRange().start(), last.range().end()));
        assertThat(check.lineOf(missing.range().end())).isEqualTo(check.lineOf(label + 1) + 6);
        assertThat(check.report().source().slice(missing.range())).contains("1.属于国家秘密\n").endsWith("0");
    }

    @Test
    void aBlankCellOfThePipeFormOfSample001IsShownOverItsRowLine() {
        String text = Samples.replace(Samples.text("001"), "2.其他法律行政法规禁止公开 | 0 |", "2.其他法律行政法规禁止公开 |  |");
        Check check = Check.text(text);
        Finding missing = check.findings("missing-cells").get(0);
        assertThat(check.message(missing)).isEqualTo("表三“（三）不予公开 2.其他法律行政法规禁止公开”行缺少1个数值：自然人");
        assertThat(check.report().source().slice(missing.range()))
                .isEqualTo("2.其他法律行政法规禁止公开 |  | 0 | 0 | 0 | 0 | 0 | 0");
    }

    @Test
    void aMissingTableIsShownOnTheHeadingOfItsSection() {
        Mutate m = Mutate.of(Samples.text("001"));
        Check check = Check.text(m.replace(m.report().table4().syntax().range(), ""));
        Finding missing = check.findings("table-missing").get(0);
        assertThat(check.message(missing)).isEqualTo("缺少表四（政府信息公开行政复议、行政诉讼情况）");
        assertThat(check.report().source().slice(missing.range())).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
    }

    @Test
    void aMissingTableWithNoHeadingNorTitleIsShownOnTheFirstLineOfText() {
        Mutate m = Mutate.of(Samples.text("001"));
        TextRange tables = m.report().table3().syntax().range().union(m.report().table4().syntax().range());
        String onlyTables = "\n \n" + m.report().source().slice(tables) + "\n";
        Check check = Check.text(onlyTables);
        Finding missing = check.findings("table-missing").stream()
                .filter(f -> check.message(f).contains("表二")).findFirst().orElseThrow();
        String firstLine = onlyTables.lines().filter(l -> !l.isBlank()).findFirst().orElseThrow().strip();
        assertThat(check.report().source().slice(missing.range())).isEqualTo(firstLine);
        assertThat(check.lineOf(missing.range().start())).isEqualTo(3);
    }

    private static int column(Check check, int offset) {
        return check.report().source().codePointColumn(offset);
    }

    private static boolean visible(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint) && codePoint != 0xFEFF && codePoint != 0x200B;
    }
}

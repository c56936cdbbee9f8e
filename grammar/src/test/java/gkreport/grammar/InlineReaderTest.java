package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.CellValue;
import gkreport.grammar.syntax.HeadingPrefix;
import gkreport.grammar.syntax.NumeralStyle;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heading numerals and cell values, as real reports write them. */
class InlineReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "一、总体情况; CHINESE; 1; 一、",
        "4、 政府信息公开行政复议、行政诉讼情况; ARABIC_DUN; 4; 4、",
        "（三）规范处理依申请公开; CHINESE_FULLWIDTH_BRACKETS; 3; （三）",
        "(二) 主动公开情况; CHINESE_ASCII_BRACKETS; 2; (二)",
        "1.属于国家秘密; ARABIC_DOT; 1; 1.",
        "十二、其他; CHINESE; 12; 十二、",
        "### 六、其他需要报告的事项; CHINESE; 6; 六、",
        "**四、政府信息公开行政复议、行政诉讼情况**; CHINESE; 4; 四、",
        "[bookmark: _GoBack]（二）积极全面公开; CHINESE_FULLWIDTH_BRACKETS; 2; （二）"})
    void headingNumerals(String line, NumeralStyle style, int value, String text) {
        HeadingPrefix p = InlineReader.headingPrefix(line);
        assertThat(p.numeral().style()).isEqualTo(style);
        assertThat(p.numeral().value()).isEqualTo(value);
        assertThat(p.numeral().text()).isEqualTo(text);
        assertThat(line.substring(p.numeral().start(), p.numeral().start() + text.length())).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"一是加强人员培训", "2020年，我街道", "2.3873", "1", "1.5万元", "无"})
    void proseAndNumbersHaveNoNumeral(String line) {
        assertThat(InlineReader.headingPrefix(line).hasNumeral()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; NUMBER; 0; ''",
        "+73; NUMBER; 73; ''",
        "-8; NUMBER; -8; ''",
        "2.3873; NUMBER; 2.3873; ''",
        "1,234; NUMBER; 1234; ''",
        "１２; NUMBER; 12; ''",
        "251000元; NUMBER_WITH_TEXT; 251000; 元",
        "3 件; NUMBER_WITH_TEXT; 3; 件"})
    void numbers(String cell, CellValue.Kind kind, String value, String trailer) {
        CellValue v = InlineReader.cellValue(cell);
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(v.trailer()).isEqualTo(trailer);
    }

    @ParameterizedTest
    @CsvSource({"0", "7", "26", "007", "123456789012345678"})
    void bareCountsReadWithoutTheParserAsTheGrammarReadsThem(String cell) {
        assertThat(InlineReader.cellValue(cell)).isEqualTo(InlineReader.parseCellValue(cell));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"自然人", "（七）总计", "一、本年新收政府信息公开申请数量", "/", "——", "+", "无",
        "第二十条第（一）项", "四、结转下年度继续办理", "(二) 部分公开", "十二", "〇"})
    void labelsReadWithoutTheParserAsTheGrammarReadsThem(String cell) {
        assertThat(InlineReader.cellValue(cell)).isEqualTo(InlineReader.parseCellValue(cell.strip()));
    }

    @Test
    void anyTextWithoutDigitsReadsWithoutTheParserAsTheGrammarReadsIt() {
        java.util.Random random = new java.util.Random(5);
        String pieces = "（）()、，.+-－/ 一二十〇总计公开自然人年月\t|*#";
        for (int n = 0; n < 2000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(12); i >= 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            String cell = b.toString().strip();
            if (cell.isEmpty()) continue;
            assertThat(InlineReader.cellValue(cell)).as(cell).isEqualTo(InlineReader.parseCellValue(cell));
        }
    }

    @Test
    void anyLineGetsTheHeadingPrefixTheGrammarGivesIt() {
        java.util.Random random = new java.util.Random(11);
        String pieces = "#*[]bookmark:_GoBack（）()、，.．１2 \t\u00A0\u3000\f一二十〇零总计公开第年月—-";
        List<String> lines = new java.util.ArrayList<>(List.of("", " ", "\u3000\u3000本机关", "一、总体情况", "（二）部分公开",
                "**四、**", "## 1、", "[bookmark: _GoBack]三、", "2.3万元", "1.5", "\f一、", "x一、", "第一条"));
        for (int n = 0; n < 5000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(14); i >= 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            lines.add(b.toString());
        }
        for (String line : lines) {
            assertThat(InlineReader.headingPrefix(line)).as("「%s」", line).isEqualTo(InlineReader.parseHeadingPrefix(line));
        }
    }

    @Test
    void anyCellWithDigitsIsScannedAsTheGrammarReadsIt() {
        java.util.Random random = new java.util.Random(17);
        String pieces = "0123４５.．,，+-＋－− \u00A0\u3000\t万元件属于国家秘密a%/()（）";
        List<String> cells = new java.util.ArrayList<>(List.of("1.属于国家秘密", "12", "1,234", "1,234.5", "-3", "－ 3件",
                "+0.5万元", "1..5", "1,,2", "1,2,3.4.5", "５０", "＋", "- ", "3、其他", "0.", ".5", "1,"));
        for (int n = 0; n < 20000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(10); i >= 0; i--) b.append(pieces.charAt(random.nextInt(pieces.length())));
            cells.add(b.toString());
        }
        for (String cell : cells) {
            String text = cell.strip();
            if (text.isEmpty() || text.chars().noneMatch(c -> c >= '0' && c <= '9' || c >= '０' && c <= '９')) continue;
            assertThat(InlineReader.scanCellValue(text)).as("「%s」", text).isEqualTo(InlineReader.parseCellValue(text));
        }
    }

    @Test
    void signIsRecorded() {
        assertThat(InlineReader.cellValue("+2").explicitSign()).isTrue();
        assertThat(InlineReader.cellValue("2").explicitSign()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"/", "-", "——", "无", "不适用"})
    void wordsAreText(String cell) {
        CellValue v = InlineReader.cellValue(cell);
        assertThat(v.kind()).isEqualTo(CellValue.Kind.TEXT);
        assertThat(v.value()).isNull();
    }

    @Test
    void blanksIncludeNoBreakAndIdeographicSpaces() {
        assertThat(InlineReader.cellValue(" \u00A0\u3000").kind()).isEqualTo(CellValue.Kind.BLANK);
    }

    @Test
    void chineseNumbersBothWays() {
        for (int i = 1; i < 100; i++) {
            assertThat(InlineReader.chineseNumberValue(InlineReader.chineseNumber(i))).isEqualTo(i);
        }
    }
}

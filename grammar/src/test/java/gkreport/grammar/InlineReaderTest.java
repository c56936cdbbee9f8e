package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.HeadingPrefix;
import gkreport.grammar.syntax.NumeralStyle;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Heading numerals, as real reports write them. */
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
}

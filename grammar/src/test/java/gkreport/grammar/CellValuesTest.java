package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.CellValue;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cell values as real reports write them, and the edges of the definition. */
class CellValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "0; NUMBER; 0; false; ''",
        "007; NUMBER; 7; false; ''",
        "123456789012345678; NUMBER; 123456789012345678; false; ''",
        "+73; NUMBER; 73; true; ''",
        "-8; NUMBER; -8; true; ''",
        "−7; NUMBER; -7; true; ''",
        "+ 8; NUMBER; 8; true; ''",
        "2.3873; NUMBER; 2.3873; false; ''",
        "1,234; NUMBER; 1234; false; ''",
        "1,234.5; NUMBER; 1234.5; false; ''",
        "１２; NUMBER; 12; false; ''",
        "１，２３４．５; NUMBER; 1234.5; false; ''",
        "251000元; NUMBER_WITH_TEXT; 251000; false; 元",
        "3 件; NUMBER_WITH_TEXT; 3; false; 件",
        "－ 3件; NUMBER_WITH_TEXT; -3; true; 件",
        "+0.5万元; NUMBER_WITH_TEXT; 0.5; true; 万元",
        "1.属于国家秘密; NUMBER_WITH_TEXT; 1; false; .属于国家秘密",
        "3、其他; NUMBER_WITH_TEXT; 3; false; 、其他",
        "1..5; NUMBER_WITH_TEXT; 1; false; ..5",
        "1,,2; NUMBER_WITH_TEXT; 1; false; ',,2'",
        "1,2,3.4.5; NUMBER_WITH_TEXT; 123.4; false; .5",
        "0.; NUMBER_WITH_TEXT; 0; false; .",
        "'1,'; NUMBER_WITH_TEXT; 1; false; ','"})
    void numbers(String cell, CellValue.Kind kind, String value, boolean signed, String trailer) {
        CellValue v = CellValues.read(cell);
        assertThat(v.kind()).isEqualTo(kind);
        assertThat(v.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(v.explicitSign()).isEqualTo(signed);
        assertThat(v.trailer()).isEqualTo(trailer);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "-", "——", "无", "不适用", "＋", "- ", ".5", "自然人", "（七）总计", "第二十条第（一）项",
        "十二", "〇", "^^0", "^"})
    void wordsAndSignsWithoutDigitsAreText(String cell) {
        CellValue v = CellValues.read(cell);
        assertThat(v.kind()).isEqualTo(CellValue.Kind.TEXT);
        assertThat(v.value()).isNull();
        assertThat(v.trailer()).isEqualTo(cell.strip());
    }

    @Test
    void theMarksOfMergedCellsAreMergedWithSpacesAroundThem() {
        for (String mark : new String[] {CellValue.MERGED_ABOVE, CellValue.MERGED_LEFT}) {
            assertThat(CellValues.read(" " + mark + " ").kind()).isEqualTo(CellValue.Kind.MERGED);
            assertThat(CellValues.isMergedMark(mark)).isTrue();
        }
    }

    @Test
    void blanksIncludeNoBreakAndIdeographicSpaces() {
        assertThat(CellValues.read(" \u00A0\u3000").kind()).isEqualTo(CellValue.Kind.BLANK);
        assertThat(CellValues.read("").kind()).isEqualTo(CellValue.Kind.BLANK);
    }
}

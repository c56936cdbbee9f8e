package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NumberFormatTest {
    @ParameterizedTest
    @CsvSource({
        "4, chineseCounting, 四", "10, chineseCounting, 十", "11, chineseCounting, 十一", "20, chineseCountingThousand, 二十",
        "105, chineseCounting, 一百零五", "110, chineseCounting, 一百一十", "3, chineseLegalSimplified, 叁",
        "3, decimal, 3", "7, decimalZero, 07", "12, decimalFullWidth, １２", "2, ideographTraditional, 乙",
        "3, decimalEnclosedCircle, ③", "1, decimalEnclosedParen, ⑴", "28, lowerLetter, bb", "4, upperRoman, IV",
        "9, lowerRoman, ix", "5, unknownFormat, 5", "1, bullet, ''"
    })
    void rendersWordsCounters(int n, String format, String expected) {
        assertThat(NumberFormat.format(n, format)).isEqualTo(expected);
    }
}

package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {
    @Test
    void everyNumberUpToNinetyNineBothWays() {
        for (int i = 0; i < 100; i++) assertThat(ChineseNumerals.value(ChineseNumerals.of(i))).isEqualTo(i);
    }

    @ParameterizedTest
    @CsvSource({"四, 4", "十, 10", "十二, 12", "二十, 20", "九十九, 99", "零, 0", "〇, 0", "'', -1", "十十, -1", "一二, -1",
        "二十二十, -1", "〇十, -1"})
    void valuesAsReportsWriteThem(String digits, int value) {
        assertThat(ChineseNumerals.value(digits)).isEqualTo(value);
    }
}

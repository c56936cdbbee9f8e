package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DebrisTest {
    @ParameterizedTest
    @ValueSource(strings = {"-1-", "— 2 —", " - 12 - ", "第3页", "第 3 页 共 5 页", "窗体顶端", "窗体底端", "[bookmark: _GoBack]", "\t[bookmark: _GoBack]窗体顶端"})
    void linesThatAreDebrisOnly(String line) {
        assertThat(Debris.isDebrisLine(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1", "0", "", "2021年1月13日", "无", "[bookmark: _GoBack]（二）积极全面公开政府信息。", "1-2月", "-"})
    void linesThatAreNot(String line) {
        assertThat(Debris.isDebrisLine(line)).isFalse();
    }
}

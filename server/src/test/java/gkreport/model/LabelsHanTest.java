package gkreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LabelsHanTest {
    @Test
    void chineseTextHasHanAndNumbersOrLatinHaveNone() {
        assertThat(Labels.hasHan("第1项")).isTrue();
        assertThat(Labels.hasHan("〇")).isTrue();
        assertThat(Labels.hasHan("𠀀")).isTrue(); // beyond the BMP: a surrogate pair
        assertThat(Labels.hasHan("12,345")).isFalse();
        assertThat(Labels.hasHan("ＡＢ（）—")).isFalse();
        assertThat(Labels.hasHan("")).isFalse();
    }

    @Test
    void isHanAgreesWithTheUnicodeScriptOnEveryCharacterOfTheBmpAndAPlaneTwoSample() {
        for (int cp = 0; cp <= 0x2FFFF; cp = cp < 0xFFFF ? cp + 1 : cp + 97) {
            assertThat(Labels.isHan(cp)).as("U+%04X", cp)
                    .isEqualTo(Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
        }
    }
}

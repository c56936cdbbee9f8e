package gkreport.rules.prose;

import gkreport.grammar.ChineseNumerals;

/** Reads a count written in Arabic digits (「126」) or in Chinese numerals up to 99 (「两」「十二」). */
final class CountWord {
    private CountWord() {
    }

    /** The count, or -1 when the text is not one. */
    static long value(String text) {
        if (text.chars().allMatch(Character::isDigit)) return Long.parseLong(text);
        return ChineseNumerals.value(text.replace('两', '二').replace('零', '〇'));
    }
}

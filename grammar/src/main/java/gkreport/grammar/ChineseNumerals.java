package gkreport.grammar;

/** The Chinese numerals of headings and dates, 〇 to 九十九: 「四」, 「十二」, 「二十」. */
public final class ChineseNumerals {
    private static final String DIGITS = "〇一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** 「十二」 → 12, 「二十」 → 20, 「〇」 or 「零」 → 0; -1 when the digits are not a number. */
    public static int value(String digits) {
        if (digits.isEmpty()) return -1;
        int tenAt = digits.indexOf('十');
        if (tenAt < 0) {
            if (digits.length() != 1) return -1;
            return DIGITS.indexOf(digits.charAt(0) == '零' ? '〇' : digits.charAt(0));
        }
        if (digits.indexOf('十', tenAt + 1) >= 0 || digits.length() > 3) return -1;
        int tens = tenAt == 0 ? 1 : DIGITS.indexOf(digits.charAt(0));
        int ones = tenAt == digits.length() - 1 ? 0 : DIGITS.indexOf(digits.charAt(tenAt + 1));
        if (tens <= 0 || ones < 0) return -1;
        return tens * 10 + ones;
    }

    /** The numeral for 0..99: 4 → 「四」, 12 → 「十二」. */
    public static String of(int value) {
        if (value < 10) return String.valueOf(DIGITS.charAt(value));
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
    }
}

package gkreport.importer;

import java.util.Locale;

/**
 * Renders a list counter in one of Word's number formats ({@code w:numFmt}): 4 in
 * 「chineseCounting」 is 「四」, in 「decimal」 「4」, in 「decimalEnclosedCircle」 「④」.
 * A format not known here falls back to decimal, as Word does for formats it lacks.
 */
final class NumberFormat {
    private static final String DIGITS = "零一二三四五六七八九";
    private static final String LEGAL_DIGITS = "零壹贰叁肆伍陆柒捌玖";
    private static final String STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormat() {
    }

    /** The counter as text; empty for 「bullet」 and 「none」, whose label is not a number. */
    static String format(int n, String numFmt) {
        String fmt = numFmt == null ? "decimal" : numFmt;
        return switch (fmt) {
            case "bullet", "none" -> "";
            case "decimalZero" -> n < 10 ? "0" + n : String.valueOf(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(String.valueOf(n));
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "upperRoman" -> roman(n);
            case "lowerRoman" -> roman(n).toLowerCase(Locale.ROOT);
            case "chineseCounting", "chineseCountingThousand", "japaneseCounting", "taiwaneseCounting",
                 "taiwaneseCountingThousand", "ideographDigital" -> chinese(n, DIGITS, "十", "百", "千");
            case "chineseLegalSimplified" -> chinese(n, LEGAL_DIGITS, "拾", "佰", "仟");
            case "ideographTraditional" -> cyclic(n, STEMS);
            case "ideographZodiac" -> cyclic(n, BRANCHES);
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" -> enclosed(n, '①', 20);
            case "decimalEnclosedParen" -> enclosed(n, '⑴', 20);
            case "decimalEnclosedFullstop" -> enclosed(n, '⒈', 20);
            default -> String.valueOf(n);
        };
    }

    /** 1..9999 as Chinese numerals: 10 「十」, 11 「十一」, 20 「二十」, 105 「一百零五」. */
    static String chinese(int n, String digits, String ten, String hundred, String thousand) {
        if (n <= 0 || n > 9999) return String.valueOf(n);
        String[] units = {"", ten, hundred, thousand};
        StringBuilder b = new StringBuilder();
        String s = String.valueOf(n);
        boolean pendingZero = false;
        for (int i = 0; i < s.length(); i++) {
            int d = s.charAt(i) - '0';
            int unit = s.length() - 1 - i;
            if (d == 0) {
                pendingZero = b.length() > 0;
                continue;
            }
            if (pendingZero) b.append(digits.charAt(0));
            pendingZero = false;
            boolean tenAlone = d == 1 && unit == 1 && b.length() == 0;
            if (!tenAlone) b.append(digits.charAt(d));
            b.append(units[unit]);
        }
        return b.toString();
    }

    private static String cyclic(int n, String symbols) {
        return n <= 0 ? String.valueOf(n) : String.valueOf(symbols.charAt((n - 1) % symbols.length()));
    }

    private static String enclosed(int n, char first, int count) {
        return n >= 1 && n <= count ? String.valueOf((char) (first + n - 1)) : String.valueOf(n);
    }

    private static String fullWidth(String ascii) {
        StringBuilder b = new StringBuilder();
        for (char c : ascii.toCharArray()) b.append((char) ('０' + (c - '0')));
        return b.toString();
    }

    /** 1 「a」 … 26 「z」, 27 「aa」, 28 「bb」: Word repeats the letter. */
    private static String letters(int n) {
        if (n <= 0) return String.valueOf(n);
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    private static String roman(int n) {
        if (n <= 0 || n >= 4000) return String.valueOf(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"};
        StringBuilder b = new StringBuilder();
        int rest = n;
        for (int i = 0; i < values.length; i++) {
            while (rest >= values[i]) {
                b.append(symbols[i]);
                rest -= values[i];
            }
        }
        return b.toString();
    }
}

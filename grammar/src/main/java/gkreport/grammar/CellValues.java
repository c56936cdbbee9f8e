package gkreport.grammar;

import gkreport.grammar.syntax.CellValue;
import java.math.BigDecimal;

/**
 * The value a table cell holds: the definition of a cell's number. After spaces, a cell is
 * <ul>
 *   <li>blank: nothing but spaces;</li>
 *   <li>merged: the canonical form's mark of a cell merged into the one above (「^^」) or on the
 *       left (「&lt;&lt;」);</li>
 *   <li>a number, alone or with text after it: an optional sign (「+ - ＋ － −」, spaces may follow),
 *       ASCII or full-width digits, thousands groups after 「,」 or 「，」, decimals after 「.」 or
 *       「．」 — 「+73」, 「1,234.5」, 「１２」, 「3 件」, 「1.属于国家秘密」 (the number 1, then text);</li>
 *   <li>text: anything else (「/」, 「无」, 「——」).</li>
 * </ul>
 * A cell is read with one pass over its characters: every table 三 has hundreds of cells.
 */
public final class CellValues {
    private static final String SIGNS = "+-＋－−";
    private static final String NEGATIVE_SIGNS = "-－−";
    private static final String COMMAS = ",，";
    private static final String DOTS = ".．";

    private CellValues() {
    }

    /** The value of a cell's text; never fails. */
    public static CellValue read(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || text.chars().allMatch(Spaces::isSpace)) return new CellValue(CellValue.Kind.BLANK, null, false, "");
        if (isPlainCount(text)) return new CellValue(CellValue.Kind.NUMBER, new BigDecimal(text), false, "");
        if (isMergedMark(text)) return new CellValue(CellValue.Kind.MERGED, null, false, text);
        return scan(text);
    }

    /** Whether the text is the canonical form's mark of a merged cell. */
    public static boolean isMergedMark(String text) {
        return text.equals(CellValue.MERGED_ABOVE) || text.equals(CellValue.MERGED_LEFT);
    }

    private static CellValue scan(String text) {
        int i = 0;
        while (i < text.length() && Spaces.isSpace(text.charAt(i))) i++;
        boolean signed = i < text.length() && SIGNS.indexOf(text.charAt(i)) >= 0;
        StringBuilder plain = new StringBuilder();
        if (signed) {
            if (NEGATIVE_SIGNS.indexOf(text.charAt(i)) >= 0) plain.append('-');
            i++;
            while (i < text.length() && Spaces.isSpace(text.charAt(i))) i++;
        }
        int digitsEnd = Digits.end(text, i);
        if (digitsEnd == i) return new CellValue(CellValue.Kind.TEXT, null, false, text);
        Digits.appendAscii(plain, text, i, digitsEnd);
        i = digitsEnd;
        while (i < text.length() && COMMAS.indexOf(text.charAt(i)) >= 0 && Digits.end(text, i + 1) > i + 1) {
            digitsEnd = Digits.end(text, i + 1);
            Digits.appendAscii(plain, text, i + 1, digitsEnd);
            i = digitsEnd;
        }
        if (i < text.length() && DOTS.indexOf(text.charAt(i)) >= 0 && Digits.end(text, i + 1) > i + 1) {
            digitsEnd = Digits.end(text, i + 1);
            Digits.appendAscii(plain.append('.'), text, i + 1, digitsEnd);
            i = digitsEnd;
        }
        String trailer = text.substring(i).strip();
        CellValue.Kind kind = trailer.isEmpty() ? CellValue.Kind.NUMBER : CellValue.Kind.NUMBER_WITH_TEXT;
        return new CellValue(kind, new BigDecimal(plain.toString()), signed, trailer);
    }

    /** Most cells hold a bare count such as 「0」 or 「26」. */
    private static boolean isPlainCount(String text) {
        if (text.length() > 18) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }
}

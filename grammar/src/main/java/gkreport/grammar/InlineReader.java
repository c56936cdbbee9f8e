package gkreport.grammar;

import gkreport.grammar.antlr.InlineLexer;
import gkreport.grammar.antlr.InlineParser;
import gkreport.grammar.syntax.CellValue;
import gkreport.grammar.syntax.HeadingPrefix;
import gkreport.grammar.syntax.Numeral;
import gkreport.grammar.syntax.NumeralStyle;
import java.math.BigDecimal;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Reads the inline structure of a line or cell with the Inline grammar. */
public final class InlineReader {
    /** A heading numeral stands within the first characters of a line; the rest is wording. */
    private static final int HEADING_PREFIX_WINDOW = 24;

    private InlineReader() {
    }

    /** The Markdown marks and heading numeral at the start of a line; never fails. */
    public static HeadingPrefix headingPrefix(String line) {
        int first = 0;
        while (first < line.length() && isInlineWhitespace(line.charAt(first))) first++;
        // Most lines are prose (「2023年，本机关…」「一是…」): one that can open with neither a mark nor a numeral needs no parser.
        boolean mayOpenWithMark = first < line.length() && MARK_STARTS.indexOf(line.charAt(first)) >= 0;
        if (!mayOpenWithMark && !mayOpenWithNumeral(line, first)) {
            return new HeadingPrefix(first, null);
        }
        return parseHeadingPrefix(line);
    }

    /** The characters Inline.g4's marks begin with: 「#」, 「**」, 「[bookmark:」. */
    private static final String MARK_STARTS = "#*[";
    private static final String CHINESE_DIGITS = "一二三四五六七八九十〇零";

    /** Whether Inline.g4's {@code numeral} can match at the offset: 「1、」「1.」「一、」「（一）」「(1)」. */
    private static boolean mayOpenWithNumeral(String line, int at) {
        if (at >= line.length()) return false;
        char c = line.charAt(at);
        if (isDigit(c)) return "、.．".indexOf(charAt(line, digitsEnd(line, at))) >= 0;
        if (CHINESE_DIGITS.indexOf(c) >= 0) return charAt(line, chineseDigitsEnd(line, at)) == '、';
        if (c != '(' && c != '（' || at + 1 >= line.length()) return false;
        char inside = line.charAt(at + 1);
        if (!isDigit(inside) && CHINESE_DIGITS.indexOf(inside) < 0) return false;
        char after = charAt(line, isDigit(inside) ? digitsEnd(line, at + 1) : chineseDigitsEnd(line, at + 1));
        return after == ')' || after == '）';
    }

    /** The end of the run of Chinese digits starting at the offset. */
    private static int chineseDigitsEnd(String line, int from) {
        int i = from;
        while (i < line.length() && CHINESE_DIGITS.indexOf(line.charAt(i)) >= 0) i++;
        return i;
    }

    private static char charAt(String line, int i) {
        return i < line.length() ? line.charAt(i) : '\0';
    }

    /** Inline.g4's {@code WS}. */
    private static boolean isInlineWhitespace(char c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f' || c == '\u000B';
    }

    /** The heading prefix as the grammar reads it; {@link #headingPrefix} gives the same, faster for prose. */
    static HeadingPrefix parseHeadingPrefix(String line) {
        int windowEnd = HEADING_PREFIX_WINDOW + (line.startsWith("[bookmark:") ? Math.max(0, line.indexOf(']')) : 0);
        String window = line.length() > windowEnd ? line.substring(0, windowEnd) : line;
        InlineParser parser = parser(window);
        InlineParser.HeadingStartContext ctx = parser.headingStart();
        int marksEnd = ctx.marks().isEmpty() ? 0 : end(ctx.marks(ctx.marks().size() - 1));
        if (ctx.WS() != null) marksEnd = ctx.WS().getSymbol().getStopIndex() + 1;
        InlineParser.NumeralContext numeralCtx = ctx.numeral();
        if (numeralCtx == null || numeralCtx.exception != null) return new HeadingPrefix(marksEnd, null);
        int start = numeralCtx.getStart().getStartIndex();
        int end = end(numeralCtx);
        // 「2.3」 is a decimal and 「1.5万」 an amount, not a numeral followed by wording.
        if (end < window.length() && isDigit(window.charAt(end)) && style(numeralCtx) == NumeralStyle.ARABIC_DOT) {
            return new HeadingPrefix(marksEnd, null);
        }
        String text = window.substring(start, end);
        int afterSpaces = end;
        while (afterSpaces < line.length() && isSpace(line.charAt(afterSpaces))) afterSpaces++;
        Numeral numeral = new Numeral(style(numeralCtx), valueOf(numeralCtx), start, afterSpaces, text);
        return new HeadingPrefix(marksEnd, numeral);
    }

    /** The value a table cell holds; never fails. */
    public static CellValue cellValue(String cell) {
        String text = cell.strip();
        if (text.isEmpty() || text.chars().allMatch(InlineReader::isSpace)) {
            return new CellValue(CellValue.Kind.BLANK, null, false, "");
        }
        if (isPlainCount(text)) return new CellValue(CellValue.Kind.NUMBER, new BigDecimal(text), false, "");
        if (isMergedMark(text)) return new CellValue(CellValue.Kind.MERGED, null, false, text);
        if (!hasDigit(text)) return new CellValue(CellValue.Kind.TEXT, null, false, text);
        return scanCellValue(text);
    }

    /**
     * The cell value as the grammar reads it, scanned by hand: Inline.g4's {@code cellValue}, a
     * number (sign, digits, thousands groups, decimals) and the text after it. Cells such as
     * 「1.属于国家秘密」 are in every table 三; the parser for each cost more than the rest of its row.
     */
    static CellValue scanCellValue(String text) {
        int i = 0;
        while (i < text.length() && isInlineWhitespace(text.charAt(i))) i++;
        boolean signed = i < text.length() && SIGNS.indexOf(text.charAt(i)) >= 0;
        StringBuilder plain = new StringBuilder();
        if (signed) {
            if (NEGATIVE_SIGNS.indexOf(text.charAt(i)) >= 0) plain.append('-');
            i++;
            while (i < text.length() && isInlineWhitespace(text.charAt(i))) i++;
        }
        int digitsEnd = digitsEnd(text, i);
        if (digitsEnd == i) return new CellValue(CellValue.Kind.TEXT, null, false, text);
        appendAsciiDigits(plain, text, i, digitsEnd);
        i = digitsEnd;
        while (i < text.length() && COMMAS.indexOf(text.charAt(i)) >= 0 && digitsEnd(text, i + 1) > i + 1) {
            digitsEnd = digitsEnd(text, i + 1);
            appendAsciiDigits(plain, text, i + 1, digitsEnd);
            i = digitsEnd;
        }
        if (i < text.length() && DOTS.indexOf(text.charAt(i)) >= 0 && digitsEnd(text, i + 1) > i + 1) {
            digitsEnd = digitsEnd(text, i + 1);
            appendAsciiDigits(plain.append('.'), text, i + 1, digitsEnd);
            i = digitsEnd;
        }
        String trailer = text.substring(i).strip();
        CellValue.Kind kind = trailer.isEmpty() ? CellValue.Kind.NUMBER : CellValue.Kind.NUMBER_WITH_TEXT;
        return new CellValue(kind, new BigDecimal(plain.toString()), signed, trailer);
    }

    /** Inline.g4's SIGN, COMMA and DOT. */
    private static final String SIGNS = "+-＋－−";
    private static final String NEGATIVE_SIGNS = "-－−";
    private static final String COMMAS = ",，";
    private static final String DOTS = ".．";

    private static int digitsEnd(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) i++;
        return i;
    }

    private static void appendAsciiDigits(StringBuilder plain, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            plain.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
    }

    /** Inline.g4's MERGED: the canonical form's mark of a merged cell. */
    public static boolean isMergedMark(String text) {
        return text.equals(CellValue.MERGED_ABOVE) || text.equals(CellValue.MERGED_LEFT);
    }

    /** The cell value as the grammar reads it: what {@link #scanCellValue} is tested against. */
    static CellValue parseCellValue(String text) {
        InlineParser.CellValueContext ctx = parser(text).cellValue();
        if (ctx.MERGED() != null) return new CellValue(CellValue.Kind.MERGED, null, false, ctx.MERGED().getText());
        InlineParser.NumberContext number = ctx.number();
        if (number == null || number.exception != null || number.ARABIC().isEmpty()) {
            return new CellValue(CellValue.Kind.TEXT, null, false, text);
        }
        String trailer = text.substring(end(number)).strip();
        BigDecimal value = parseNumber(number);
        boolean signed = number.SIGN() != null;
        CellValue.Kind kind = trailer.isEmpty() ? CellValue.Kind.NUMBER : CellValue.Kind.NUMBER_WITH_TEXT;
        return new CellValue(kind, value, signed, trailer);
    }

    /** 「十二」 → 12, 「二十」 → 20, 「〇」 → 0; -1 when the digits are not a number. */
    public static int chineseNumberValue(String digits) {
        String d = "〇一二三四五六七八九";
        if (digits.isEmpty()) return -1;
        int tenAt = digits.indexOf('十');
        if (tenAt < 0) {
            if (digits.length() != 1) return -1;
            int v = d.indexOf(digits.charAt(0) == '零' ? '〇' : digits.charAt(0));
            return v;
        }
        if (digits.indexOf('十', tenAt + 1) >= 0 || digits.length() > 3) return -1;
        int tens = tenAt == 0 ? 1 : d.indexOf(digits.charAt(0));
        int ones = tenAt == digits.length() - 1 ? 0 : d.indexOf(digits.charAt(tenAt + 1));
        if (tens <= 0 || ones < 0) return -1;
        return tens * 10 + ones;
    }

    /** The Chinese numeral for 1..99: 4 → 「四」, 12 → 「十二」. */
    public static String chineseNumber(int value) {
        String d = "〇一二三四五六七八九";
        if (value < 10) return String.valueOf(d.charAt(value));
        int tens = value / 10;
        int ones = value % 10;
        return (tens == 1 ? "" : String.valueOf(d.charAt(tens))) + "十" + (ones == 0 ? "" : String.valueOf(d.charAt(ones)));
    }

    /**
     * Most cells hold a bare count such as 「0」 or 「26」; reading those needs no parser. The result
     * is the one the grammar gives (tested).
     */
    /** Whether the text holds a digit the grammar reads (ASCII or full-width); a text without one is no number. */
    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) return true;
        }
        return false;
    }

    private static boolean isPlainCount(String text) {
        if (text.length() > 18) return false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') return false;
        }
        return true;
    }

    private static NumeralStyle style(InlineParser.NumeralContext ctx) {
        if (ctx instanceof InlineParser.ChineseNumeralContext) return NumeralStyle.CHINESE;
        if (ctx instanceof InlineParser.BracketedChineseNumeralContext b) {
            return b.OPEN().getText().equals("(") ? NumeralStyle.CHINESE_ASCII_BRACKETS : NumeralStyle.CHINESE_FULLWIDTH_BRACKETS;
        }
        if (ctx instanceof InlineParser.ArabicNumeralContext a) {
            return a.DUN() != null ? NumeralStyle.ARABIC_DUN : NumeralStyle.ARABIC_DOT;
        }
        return NumeralStyle.ARABIC_BRACKETS;
    }

    private static int valueOf(InlineParser.NumeralContext ctx) {
        if (ctx instanceof InlineParser.ChineseNumeralContext c) return chineseNumberValue(c.CN_DIGITS().getText());
        if (ctx instanceof InlineParser.BracketedChineseNumeralContext b) return chineseNumberValue(b.CN_DIGITS().getText());
        String digits = ctx instanceof InlineParser.ArabicNumeralContext a ? a.ARABIC().getText()
                : ((InlineParser.BracketedArabicNumeralContext) ctx).ARABIC().getText();
        return digits.length() > 6 ? -1 : Integer.parseInt(asciiDigits(digits));
    }

    private static BigDecimal parseNumber(InlineParser.NumberContext number) {
        StringBuilder plain = new StringBuilder();
        if (number.SIGN() != null && !number.SIGN().getText().equals("+") && !number.SIGN().getText().equals("＋")) {
            plain.append('-');
        }
        for (int i = 0; i < number.getChildCount(); i++) {
            if (!(number.getChild(i).getPayload() instanceof Token t)) continue;
            switch (t.getType()) {
                case InlineLexer.ARABIC -> plain.append(asciiDigits(t.getText()));
                case InlineLexer.DOT -> plain.append('.');
                default -> {
                    // sign, spaces and thousands separators carry no digits
                }
            }
        }
        return new BigDecimal(plain.toString());
    }

    private static String asciiDigits(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        appendAsciiDigits(b, digits, 0, digits.length());
        return b.toString();
    }

    private static InlineParser parser(String text) {
        InlineLexer lexer = new InlineLexer(new FoldingCharStream(text, InlineReader::fold));
        lexer.removeErrorListeners();
        InlineParser parser = new InlineParser(new CommonTokenStream(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        return parser;
    }

    /** The characters above ASCII that Inline.g4 tells apart stay; the others are one placeholder. */
    private static int fold(int c) {
        return SIGNIFICANT.indexOf(c) >= 0 || (c >= '０' && c <= '９') ? c : FoldingCharStream.PLACEHOLDER;
    }

    private static final String SIGNIFICANT = "一二三四五六七八九十〇零、．（）＋－−，\u00A0\u3000";

    private static int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        Token start = ctx.getStart();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return start.getStartIndex();
        }
        return stop.getStopIndex() + 1;
    }

    private static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\u000B' || c == '\f';
    }
}

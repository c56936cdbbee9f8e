package gkreport.grammar;

import gkreport.grammar.antlr.InlineLexer;
import gkreport.grammar.antlr.InlineParser;
import gkreport.grammar.syntax.HeadingPrefix;
import gkreport.grammar.syntax.Numeral;
import gkreport.grammar.syntax.NumeralStyle;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;

/** Reads the Markdown marks and the heading numeral at the start of a line with the Inline grammar. */
public final class InlineReader {
    /** A heading numeral stands within the first characters of a line; the rest is wording. */
    private static final int HEADING_PREFIX_WINDOW = 24;

    private InlineReader() {
    }

    /** The Markdown marks and heading numeral at the start of a line; never fails. */
    public static HeadingPrefix headingPrefix(String line) {
        int first = 0;
        while (first < line.length() && Spaces.isSpace(line.charAt(first))) first++;
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
        if (Digits.isDigit(c)) return "、.．".indexOf(charAt(line, Digits.end(line, at))) >= 0;
        if (CHINESE_DIGITS.indexOf(c) >= 0) return charAt(line, chineseDigitsEnd(line, at)) == '、';
        if (c != '(' && c != '（' || at + 1 >= line.length()) return false;
        char inside = line.charAt(at + 1);
        if (!Digits.isDigit(inside) && CHINESE_DIGITS.indexOf(inside) < 0) return false;
        char after = charAt(line, Digits.isDigit(inside) ? Digits.end(line, at + 1) : chineseDigitsEnd(line, at + 1));
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
        if (end < window.length() && Digits.isDigit(window.charAt(end)) && style(numeralCtx) == NumeralStyle.ARABIC_DOT) {
            return new HeadingPrefix(marksEnd, null);
        }
        String text = window.substring(start, end);
        int afterSpaces = end;
        while (afterSpaces < line.length() && Spaces.isSpace(line.charAt(afterSpaces))) afterSpaces++;
        Numeral numeral = new Numeral(style(numeralCtx), valueOf(numeralCtx), start, afterSpaces, text);
        return new HeadingPrefix(marksEnd, numeral);
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
        if (ctx instanceof InlineParser.ChineseNumeralContext c) return ChineseNumerals.value(c.CN_DIGITS().getText());
        if (ctx instanceof InlineParser.BracketedChineseNumeralContext b) return ChineseNumerals.value(b.CN_DIGITS().getText());
        String digits = ctx instanceof InlineParser.ArabicNumeralContext a ? a.ARABIC().getText()
                : ((InlineParser.BracketedArabicNumeralContext) ctx).ARABIC().getText();
        return digits.length() > 6 ? -1 : Integer.parseInt(Digits.ascii(digits));
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

    private static final String SIGNIFICANT = "一二三四五六七八九十〇零、．（）\u00A0\u3000";

    private static int end(ParserRuleContext ctx) {
        Token stop = ctx.getStop();
        Token start = ctx.getStart();
        if (stop == null || stop.getType() == Token.EOF || stop.getStopIndex() < start.getStartIndex()) {
            return start.getStartIndex();
        }
        return stop.getStopIndex() + 1;
    }
}

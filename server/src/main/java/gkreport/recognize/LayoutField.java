package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A field of a space-aligned line: text between gaps of two or more spaces (single spaces stay
 * inside it), with the column it starts at as {@code pdftotext -layout} places it: one column
 * per character, a form feed taking none.
 *
 * @param text   the field's text
 * @param range  its span in the document
 * @param line   0-based number of its line
 * @param column the column of its first character
 */
record LayoutField(String text, TextRange range, int line, int column) {
    int endColumn() {
        return column + text.codePointCount(0, text.length());
    }

    double center() {
        return (column + endColumn()) / 2.0;
    }

    /**
     * The field cut where a single space stands before what can only start another cell: a number
     * closing the field (「行政规范性文件 3」, a label column too narrow for its gap) or a row label's
     * numeral (「三、本年度办 （一）予以公开」, a group label beside its row's label).
     */
    List<LayoutField> cutAtCellStarts() {
        List<LayoutField> parts = new ArrayList<>();
        int from = 0;
        Matcher m = CELL_START.matcher(text);
        while (m.find()) {
            int cut = m.start(1);
            if (cut <= from || !Labels.hasHan(text.substring(from, cut))) continue;
            parts.add(part(from, cut - 1));
            from = cut;
        }
        if (parts.isEmpty()) return List.of(this);
        parts.add(part(from, text.length()));
        return parts;
    }

    /** A single space, then a row label's numeral, or a number that ends the field. */
    private static final Pattern CELL_START = Pattern.compile(
            " ((?:（[一二三四五六七八九十]{1,2}）|[0-9]{1,2}[.、．]|[一二三四五六七八九十]{1,2}、)\\S|[+-]?[0-9][0-9,]*(?:\\.[0-9]+)?$)");

    private LayoutField part(int from, int to) {
        int offset = range.start();
        return new LayoutField(text.substring(from, to), new TextRange(offset + from, offset + to), line,
                column + text.codePointCount(0, from));
    }

    /** The fields of a line, split as ReportLines.g4 splits a space-aligned row. */
    static List<LayoutField> split(String source, TextRange line, int number) {
        List<LayoutField> fields = new ArrayList<>();
        int column = 0;
        int i = line.start();
        while (i < line.end()) {
            if (!isInk(source.charAt(i))) {
                column += width(source.charAt(i++));
                continue;
            }
            int start = i;
            int startColumn = column;
            while (i < line.end() && (isInk(source.charAt(i))
                    || isSpace(source.charAt(i)) && i + 1 < line.end() && isInk(source.charAt(i + 1)))) {
                column += width(source.charAt(i++));
            }
            fields.addAll(new LayoutField(source.substring(start, i), new TextRange(start, i), number, startColumn).cutAtCellStarts());
        }
        return fields;
    }

    /**
     * The cell that fields read in order make: a field on a later line continues the text without
     * a break (the layout wrapped it: 「商业」/「企业」 is 「商业企业」), one on the same line follows a
     * space; the single spaces pdftotext puts between Chinese characters (「总 计」) are dropped.
     * Its range spans them all.
     */
    static Cell cell(List<LayoutField> fields) {
        StringBuilder text = new StringBuilder();
        TextRange range = fields.get(0).range();
        for (int i = 0; i < fields.size(); i++) {
            LayoutField f = fields.get(i);
            if (i > 0 && f.line() == fields.get(i - 1).line()) text.append(' ');
            text.append(withoutWideSpacing(f.text()));
            range = range.union(f.range());
        }
        return new Cell(text.toString(), range);
    }

    private static String withoutWideSpacing(String text) {
        if (text.indexOf(' ') < 0) return text;
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean between = i > 0 && i + 1 < text.length() && text.charAt(i - 1) >= 0x80 && text.charAt(i + 1) >= 0x80;
            if (!(isSpace(c) && between)) b.append(c);
        }
        return b.toString();
    }

    /** How many columns the text from {@code from} to {@code to} takes. */
    static int columns(String source, int from, int to) {
        int column = 0;
        for (int i = from; i < to; i++) column += width(source.charAt(i));
        return column;
    }

    /** The offset where a column begins on a line, or the line's end when the line is shorter. */
    static int offsetOf(String source, TextRange line, int column) {
        int at = 0;
        for (int i = line.start(); i < line.end(); i++) {
            if (at >= column && width(source.charAt(i)) > 0) return i;
            at += width(source.charAt(i));
        }
        return line.end();
    }

    /** A form feed takes no column, nor does the second half of a surrogate pair. */
    private static int width(char c) {
        return c == '\f' || Character.isLowSurrogate(c) ? 0 : 1;
    }

    private static boolean isSpace(char c) {
        return c == ' ' || c == '\u00A0' || c == '\u3000';
    }

    private static boolean isBreak(char c) {
        return c == '\f' || c == '\u000B';
    }

    private static boolean isInk(char c) {
        return !isSpace(c) && !isBreak(c) && c != '\t' && c != '\r' && c != '\n';
    }
}

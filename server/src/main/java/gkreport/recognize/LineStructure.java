package gkreport.recognize;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.model.UnreadableTable;

/**
 * Tells a text that has lost its line structure — a whole web page copied onto one line — in
 * which neither sections nor tables can be told apart. A report has dozens of lines.
 */
final class LineStructure {
    /** Below this many characters a text is too short to be a report either way; other rules say so. */
    private static final int MIN_LENGTH = 1000;
    private static final int FEW_LINES = 10;
    private static final double MOSTLY = 0.8;

    private LineStructure() {
    }

    /** The finding-to-be for a text without line structure, or null when it has lines. */
    static UnreadableTable missing(SourceText text) {
        if (text.length() < MIN_LENGTH) return null;
        int lines = 0;
        int longest = 0;
        int longestLine = 0;
        for (int i = 0; i < text.lineCount(); i++) {
            int length = text.lineEnd(i) - text.lineStart(i);
            if (length == 0) continue;
            lines++;
            if (length > longest) {
                longest = length;
                longestLine = i;
            }
        }
        if (lines >= FEW_LINES || longest < MOSTLY * text.length()) return null;
        int start = text.lineStart(longestLine);
        return new UnreadableTable(null, new TextRange(start, start + Math.min(longest, 40)), UnreadableTable.Why.NO_LINES,
                lines, text.length());
    }
}

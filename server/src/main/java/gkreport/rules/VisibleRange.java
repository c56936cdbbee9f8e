package gkreport.rules;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.model.DataCell;
import gkreport.model.DataRow;

/**
 * Ranges a person can see in an editor: never empty, never blanks alone. An editor draws an empty
 * range or one over a tab as a squiggle a few pixels wide, which nobody finds.
 */
public final class VisibleRange {
    private VisibleRange() {
    }

    /**
     * The range itself when it holds a visible character; else the visible text of its line, or of
     * the nearest line that has any (the next ones first, then those before).
     */
    public static TextRange of(TextRange range, SourceText source) {
        if (hasVisible(source, range)) return range;
        int line = source.lineOf(range.start());
        for (int l = line; l < source.lineCount(); l++) {
            TextRange visible = visibleOfLine(source, l);
            if (visible != null) return visible;
        }
        for (int l = line - 1; l >= 0; l--) {
            TextRange visible = visibleOfLine(source, l);
            if (visible != null) return visible;
        }
        return range;
    }

    /**
     * A row of a table: from its label (unlabelled: from the row's start, in the one-cell-per-line
     * form its label line) to the end of its last written cell, or the place of a blank cell after
     * it, so that the label and the places its values belong are underlined together.
     */
    public static TextRange ofRow(DataRow row) {
        int rowStart = row.syntax().range().start();
        boolean unlabelled = row.labelMissing() || row.label().isEmpty();
        int start = unlabelled ? Math.min(rowStart, row.labelRange().start()) : row.labelRange().start();
        int end = Math.max(start, row.labelRange().end());
        for (Cell cell : row.syntax().cells()) {
            if (!cell.isBlank()) end = Math.max(end, cell.range().end());
        }
        for (DataCell cell : row.cells()) {
            if (!cell.isAbsent()) end = Math.max(end, cell.range().end());
        }
        return new TextRange(start, end);
    }

    /** Whether the range holds a character that is neither a space of any width, a tab nor a line break. */
    public static boolean hasVisible(SourceText source, TextRange range) {
        String text = source.text();
        int end = Math.min(range.end(), text.length());
        for (int i = Math.max(0, range.start()); i < end; i++) {
            if (isVisible(text.charAt(i))) return true;
        }
        return false;
    }

    /** Not whitespace: no space (also no-break and ideographic), tab, line break, zero-width space or BOM. */
    public static boolean isVisible(char c) {
        return !Character.isWhitespace(c) && !Character.isSpaceChar(c) && c != '\u200B' && c != '\uFEFF';
    }

    private static TextRange visibleOfLine(SourceText source, int line) {
        String text = source.text();
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        while (start < end && !isVisible(text.charAt(start))) start++;
        while (end > start && !isVisible(text.charAt(end - 1))) end--;
        return start < end ? new TextRange(start, end) : null;
    }
}

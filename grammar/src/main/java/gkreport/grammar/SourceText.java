package gkreport.grammar;

import java.util.Arrays;

/**
 * The text of one document with its line starts, converting offsets (UTF-16 indexes into the
 * string) to the two coordinate systems the tool speaks: LSP positions (0-based line, UTF-16
 * column) and CLI positions (1-based line, 1-based code-point column).
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;

    public SourceText(String text) {
        this.text = text;
        int[] starts = new int[16];
        int count = 0;
        starts[count++] = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean lineEnd = c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'));
            if (lineEnd) {
                if (count == starts.length) starts = Arrays.copyOf(starts, count * 2);
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** 0-based line holding the offset. */
    public int lineOf(int offset) {
        int i = Arrays.binarySearch(lineStarts, clamp(offset));
        return i >= 0 ? i : -i - 2;
    }

    public int lineStart(int line) {
        return lineStarts[line];
    }

    /** Offset just past the last character of the line, before its line break. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) end--;
        return end;
    }

    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** UTF-16 column of the offset in its line (LSP). */
    public int utf16Column(int offset) {
        int o = clamp(offset);
        return o - lineStarts[lineOf(o)];
    }

    /** 1-based code-point column of the offset in its line (CLI). */
    public int codePointColumn(int offset) {
        int o = clamp(offset);
        int start = lineStarts[lineOf(o)];
        return text.codePointCount(start, o) + 1;
    }

    /** Offset of an LSP position; out-of-range lines and columns are clamped. */
    public int offsetOf(int line, int utf16Column) {
        if (line < 0) return 0;
        if (line >= lineStarts.length) return text.length();
        int start = lineStarts[line];
        return Math.min(start + Math.max(0, utf16Column), lineEnd(line));
    }

    public String slice(TextRange range) {
        return text.substring(clamp(range.start()), clamp(range.end()));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}

package gkreport.grammar;

/** A half-open span [start, end) of UTF-16 offsets into a document's text. */
public record TextRange(int start, int end) {
    public TextRange {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad range " + start + ".." + end);
    }

    public static TextRange at(int offset) {
        return new TextRange(offset, offset);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(int offset) {
        return offset >= start && offset <= end;
    }

    public TextRange union(TextRange other) {
        return new TextRange(Math.min(start, other.start), Math.max(end, other.end));
    }

    /** The sub-range [from, to) relative to this range's start. */
    public TextRange sub(int from, int to) {
        return new TextRange(start + from, start + to);
    }
}

package gkreport.grammar.syntax;

/**
 * What stands at the start of a line before its wording: Markdown marks and a heading numeral.
 * Offsets are relative to the line's start.
 *
 * @param marksEnd     end of leading Markdown marks ('#', '**') and spaces, 0 when none
 * @param numeral      the numeral, or null when the line has none
 */
public record HeadingPrefix(int marksEnd, Numeral numeral) {
    public static final HeadingPrefix NONE = new HeadingPrefix(0, null);

    public boolean hasNumeral() {
        return numeral != null;
    }

    /** The same prefix for the line with {@code by} more characters before it. */
    public HeadingPrefix shifted(int by) {
        return new HeadingPrefix(marksEnd + by, numeral == null ? null : numeral.shifted(by));
    }

    /** Offset where the wording starts: after the numeral, or after the marks. */
    public int contentStart() {
        return numeral != null ? numeral.end() : marksEnd;
    }
}

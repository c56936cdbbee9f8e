package gkreport.grammar.syntax;

/**
 * A heading numeral such as 「一、」「（二）」「3、」「4.」.
 *
 * @param style the numbering style
 * @param value the number it stands for (「十二」 → 12)
 * @param start offset of its first character, relative to the line
 * @param end   offset past its last character and the spaces after it, relative to the line
 * @param text  the numeral as written, without the spaces after it
 */
public record Numeral(NumeralStyle style, int value, int start, int end, String text) {
    /** The same numeral on the line with {@code by} more characters before it. */
    public Numeral shifted(int by) {
        return new Numeral(style, value, start + by, end + by, text);
    }
}

package gkreport.grammar.syntax;

import java.math.BigDecimal;

/**
 * What a table cell holds, read by the inline grammar.
 *
 * @param kind        how clean the value is
 * @param value       the number, or null when the cell holds none
 * @param explicitSign whether a '+' or '-' was written
 * @param trailer     text written after the number (a unit, stray text), or the whole text
 *                    when no number was read
 */
public record CellValue(Kind kind, BigDecimal value, boolean explicitSign, String trailer) {
    /**
     * The canonical form's mark for a cell merged into the one above it (a row span): the value,
     * if any, stands in the merged cell's first row.
     */
    public static final String MERGED_ABOVE = "^^";
    /** The canonical form's mark for a cell merged into the one on its left (a column span). */
    public static final String MERGED_LEFT = "<<";

    public enum Kind {
        /** Nothing but blanks. */
        BLANK,
        /** A number and nothing else. */
        NUMBER,
        /** A number followed by other text (「251000元」, 「3件」). */
        NUMBER_WITH_TEXT,
        /** Text with no number at its start (「/」, 「-」, 「无」). */
        TEXT,
        /** A cell merged into its neighbour ({@link #MERGED_ABOVE}, {@link #MERGED_LEFT}): it holds no value of its own. */
        MERGED
    }

    public boolean isMerged() {
        return kind == Kind.MERGED;
    }

    public boolean hasNumber() {
        return value != null;
    }

    public int decimals() {
        return value == null ? 0 : Math.max(0, value.scale());
    }
}

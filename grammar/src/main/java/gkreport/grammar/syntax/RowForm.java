package gkreport.grammar.syntax;

/** The four ways a table row is written in the structured-text form, and a line of plain text among rows. */
public enum RowForm {
    /** One cell per tab-indented line, a blank line between rows (Apache Tika). */
    CELL_PER_LINE,
    /** Cells between '|' on one line. */
    PIPE,
    /** Cells between tabs on one line. */
    TAB,
    /**
     * Fields apart by gaps of two or more spaces, the last ones numbers, as {@code pdftotext -layout}
     * writes a table's line. A blank cell has no field: the recognizer finds the columns from
     * where the fields stand.
     */
    SPACED,
    /**
     * A line with no separator between rows of a table: a caption or a piece of a broken cell
     * that a converter wrote as prose. One cell.
     */
    PLAIN,
    /**
     * Cells that a PDF's text extraction wrote one per line, in reading order, gathered into a row
     * by the recognizer where the order leaves no doubt.
     */
    CELL_SEQUENCE
}

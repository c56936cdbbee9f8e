package gkreport.grammar.syntax;

/** The three ways a table row is written in the structured-text form. */
public enum RowForm {
    /** One cell per tab-indented line, a blank line between rows (Apache Tika). */
    CELL_PER_LINE,
    /** Cells between '|' on one line. */
    PIPE,
    /** Cells between tabs on one line. */
    TAB,
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

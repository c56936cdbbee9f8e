package gkreport.model;

import gkreport.grammar.TextRange;

/**
 * A table whose heading or rows stand in the text but whose grid could not be read with
 * confidence; or, with no table named, a text without line structure in which no table or
 * section can be told apart. Nothing else is reported on such a table: its sums, rows and cells
 * would be guesses.
 *
 * @param table    「表二」「表三」「表四」, or null for the whole text
 * @param range    where what was found stands
 * @param why      what could not be read
 * @param found    how many of the expected parts were read (rows, lines), as {@code why} says
 * @param expected how many there should be
 */
public record UnreadableTable(String table, TextRange range, Why why, int found, int expected) {
    public enum Why {
        /** The table's caption, header or row labels are there, but no table of rows and cells. */
        NO_GRID,
        /** Fewer than half the format's rows could be told. */
        FEW_ROWS,
        /** Most rows' values disagree with their own totals: the columns were shifted in conversion. */
        MISALIGNED,
        /** Most rows lack cells: the values were scattered in conversion. */
        SHORT_ROWS,
        /** No table, but an image where the table belongs: a table published as a picture. */
        IMAGE,
        /** The whole text stands on a few very long lines. */
        NO_LINES
    }

    public boolean wholeText() {
        return table == null;
    }
}

package gkreport.model;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Row;
import java.util.List;

/**
 * A data row of a table as read.
 *
 * @param spec         the format's row it was matched to, or null for a row the format does not have
 * @param syntax       the row as written
 * @param label        the label as written (label cells joined), empty when blank
 * @param labelRange   where the label stands, or the row's start when it is blank
 * @param labelMissing true when the row was placed by position because its label is blank
 * @param cells        one cell per column of the format, in order (absent ones included)
 * @param extraCells   cells written beyond the format's columns, which no column holds
 */
public record DataRow(RowSpec spec, Row syntax, String label, TextRange labelRange, boolean labelMissing,
                      List<DataCell> cells, int extraCells) {
    public DataRow {
        cells = List.copyOf(cells);
    }

    public DataCell cell(int column) {
        return cells.get(column);
    }

    public String displayLabel() {
        return spec != null ? spec.displayLabel() : label;
    }
}

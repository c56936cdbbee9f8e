package gkreport.recognize;

import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.model.Labels;
import java.util.List;

/**
 * Where the header of a table laid out as a true grid (every row as wide, as an imported Word,
 * web or PDF table is written) puts each of the format's columns. Values are then read from those
 * grid columns, so that filler cells and merged label columns shift nothing; a table that is no
 * grid, or whose header does not name every column once in order, is read from the right instead.
 */
final class GridColumns {
    private GridColumns() {
    }

    /** The grid column of each of {@code columns}, in order, or null. */
    static int[] locate(List<Row> rows, List<Row> header, List<String> columns) {
        List<Row> gridRows = rows.stream().filter(r -> r.form() != RowForm.PLAIN && !r.isSeparator()).toList();
        if (gridRows.isEmpty() || header.isEmpty()) return null;
        int width = gridRows.get(0).cells().size();
        if (width <= columns.size() || gridRows.stream().anyMatch(r -> r.cells().size() != width)) return null;
        int[] at = new int[columns.size()];
        int previous = 0;
        for (int k = 0; k < columns.size(); k++) {
            at[k] = columnOf(header, Labels.normalize(columns.get(k)));
            if (at[k] <= previous) return null; // absent, or not after the previous one (the label column comes first)
            previous = at[k];
        }
        return at;
    }

    /** The grid column whose header cell is the column's name, or -1 when none or more than one is. */
    private static int columnOf(List<Row> header, String name) {
        int found = -1;
        for (Row row : header) {
            List<Cell> cells = row.cells();
            for (int j = 0; j < cells.size(); j++) {
                if (!Labels.normalize(cells.get(j).text()).equals(name)) continue;
                if (found >= 0 && found != j) return -1;
                found = j;
            }
        }
        return found;
    }
}

package gkreport.model;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.CellValue;
import java.math.BigDecimal;

/**
 * A numeric cell of a table as read: where it stands, what it holds.
 *
 * @param table  「表二」「表三」「表四」
 * @param row    the row's display label
 * @param column the column's label
 * @param source the cell as written, or null when the row has no cell for this column
 * @param range  the cell's text, or where the row stands when the cell is absent
 * @param value  what the cell holds
 */
public record DataCell(String table, String row, String column, Cell source, TextRange range, CellValue value) {
    public boolean isAbsent() {
        return source == null;
    }

    public boolean isBlank() {
        return value.kind() == CellValue.Kind.BLANK;
    }

    /** Merged into the cell above or on the left: one value stands for several cells, in the merged cell's first. */
    public boolean isMerged() {
        return value.isMerged();
    }

    public boolean hasNumber() {
        return value.hasNumber();
    }

    public BigDecimal number() {
        return value.value();
    }
}

package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Table4;
import gkreport.model.Table4Spec;
import java.util.ArrayList;
import java.util.List;

/** Reads table 四: the header rows, then its one row of 15 numbers, taken from the right. */
final class Table4Reader {
    static final String TABLE = "表四";

    private Table4Reader() {
    }

    static Table4 read(Table table) {
        Row data = null;
        for (Row row : table.rows()) {
            if (RowCells.numericCount(row) >= 3) data = row;
        }
        if (data == null) return new Table4(table, null);
        RowCells cells = RowCells.split(data);
        TextRange at = TextRange.at(data.range().start());
        RowCells.Aligned aligned = cells.align(Table4Spec.CELLS);
        List<DataCell> dataCells = new ArrayList<>(Table4Spec.CELLS);
        for (int block = 0; block < Table4Spec.BLOCKS.size(); block++) {
            int base = block * Table4Spec.BLOCK_COLUMNS.size();
            RowCells.Aligned blockCells = new RowCells.Aligned(aligned.cells().subList(base, base + Table4Spec.BLOCK_COLUMNS.size()), 0);
            dataCells.addAll(blockCells.toDataCells(TABLE, Table4Spec.BLOCKS.get(block), Table4Spec.BLOCK_COLUMNS, at));
        }
        return new Table4(table, new DataRow(null, data, cells.labelText(), at, false, dataCells, aligned.extra()));
    }
}

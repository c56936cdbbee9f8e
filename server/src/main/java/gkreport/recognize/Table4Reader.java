package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataRow;
import gkreport.model.Table4;
import gkreport.model.Table4Spec;
import java.util.List;
import java.util.stream.IntStream;

/** Reads table 四: the header rows, then its one row of 15 numbers, taken from the right. */
final class Table4Reader {
    static final String TABLE = "表四";
    private static final List<String> COLUMNS = IntStream.range(0, Table4Spec.CELLS).mapToObj(Table4Spec::columnLabel).toList();

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
        DataRow row = new DataRow(null, data, cells.labelText(), at, false,
                aligned.toDataCells(TABLE, "数据", COLUMNS, at), aligned.extra());
        return new Table4(table, row);
    }
}

package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Labels;
import gkreport.model.Table4;
import gkreport.model.Table4Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads table 四: the header rows, then its one row of 15 numbers, taken from the right. An OCR
 * tool writes the three blocks as three small tables under headings of their own (「### 行政复议」,
 * 「| 27 | 10 | 9 | 15 | 61 |」, 「### 行政诉讼（复议后起诉）」…): three rows of five are its row.
 */
final class Table4Reader {
    static final String TABLE = "表四";
    private static final int BLOCK = Table4Spec.BLOCK_COLUMNS.size();

    private Table4Reader() {
    }

    static Table4 read(Table table) {
        List<Integer> numeric = new ArrayList<>();
        for (int i = 0; i < table.rows().size(); i++) {
            if (RowCells.numericCount(table.rows().get(i)) >= 3) numeric.add(i);
        }
        if (numeric.isEmpty()) {
            Row blank = blankDataRow(table);
            return new Table4(table, blank == null ? null : fromRow(blank));
        }
        Row last = table.rows().get(numeric.get(numeric.size() - 1));
        List<Row> blocks = blockRows(table, numeric);
        if (blocks != null) return new Table4(table, fromBlocks(blocks));
        return new Table4(table, fromRow(last));
    }

    /** The row's 15 values, taken from the right. */
    private static DataRow fromRow(Row row) {
        RowCells cells = RowCells.split(row);
        TextRange at = TextRange.at(row.range().start());
        RowCells.Aligned aligned = cells.align(Table4Spec.CELLS);
        List<DataCell> dataCells = new ArrayList<>(Table4Spec.CELLS);
        for (int block = 0; block < Table4Spec.BLOCKS.size(); block++) {
            int base = block * BLOCK;
            RowCells.Aligned blockCells = new RowCells.Aligned(aligned.cells().subList(base, base + BLOCK), 0);
            dataCells.addAll(blockCells.toDataCells(TABLE, Table4Spec.BLOCKS.get(block), Table4Spec.BLOCK_COLUMNS, at));
        }
        return new DataRow(null, row, cells.labelText(), at, false, dataCells, aligned.extra());
    }

    /**
     * The table's last row when it is a row of 15 cells all blank (a blank report's, 「| | | … |」): the
     * row is there and its values are missing, which is what missing-cells says, not that it lacks a row.
     */
    private static Row blankDataRow(Table table) {
        List<Row> rows = table.rows();
        Row last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        if (last == null || last.isSeparator() || last.cells().size() < Table4Spec.CELLS) return null;
        return last.cells().stream().allMatch(Cell::isBlank) ? last : null;
    }

    /**
     * The rows of the three blocks when the table holds exactly three rows of five values, in the
     * format's order, or in the order the headings above them name; else null.
     */
    private static List<Row> blockRows(Table table, List<Integer> numeric) {
        if (numeric.size() != Table4Spec.BLOCKS.size()) return null;
        Row[] byBlock = new Row[Table4Spec.BLOCKS.size()];
        int previous = -1;
        for (int k = 0; k < numeric.size(); k++) {
            Row row = table.rows().get(numeric.get(k));
            if (RowCells.numericCount(row) != BLOCK || row.cells().stream().filter(c -> !RowCells.isEmpty(c)).count() != BLOCK) return null;
            int named = blockNamedBetween(table, previous + 1, numeric.get(k));
            int block = named >= 0 ? named : k;
            if (byBlock[block] != null) return null;
            byBlock[block] = row;
            previous = numeric.get(k);
        }
        return List.of(byBlock);
    }

    /** The block a heading between the two rows names (0 复议, 1 未经复议直接起诉, 2 复议后起诉), or -1. */
    private static int blockNamedBetween(Table table, int from, int to) {
        int named = -1;
        for (Row row : table.rows().subList(from, to)) {
            for (Cell cell : row.cells()) {
                String n = Labels.normalize(cell.text());
                if (n.contains("复议后起诉")) named = 2;
                else if (n.contains("未经复议")) named = 1;
                else if (n.startsWith("行政复议") && !n.contains("诉讼")) named = 0;
            }
        }
        return named;
    }

    private static DataRow fromBlocks(List<Row> rows) {
        TextRange at = TextRange.at(rows.get(0).range().start());
        List<DataCell> dataCells = new ArrayList<>(Table4Spec.CELLS);
        for (int block = 0; block < rows.size(); block++) {
            RowCells.Aligned aligned = RowCells.split(rows.get(block)).align(BLOCK);
            dataCells.addAll(aligned.toDataCells(TABLE, Table4Spec.BLOCKS.get(block), Table4Spec.BLOCK_COLUMNS, at));
        }
        return new DataRow(null, rows.get(0), "", at, false, dataCells, 0);
    }
}

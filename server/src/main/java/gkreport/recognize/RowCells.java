package gkreport.recognize;

import gkreport.grammar.CellValues;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.CellValue;
import gkreport.grammar.syntax.Row;
import gkreport.model.DataCell;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a row into its label cells and its value cells, and aligns the values to the format's
 * columns. Merged cells appear as blank cells or are missing, so values are taken from the right.
 */
final class RowCells {
    final List<Cell> labels;
    final List<Cell> values;

    private RowCells(List<Cell> labels, List<Cell> values) {
        this.labels = labels;
        this.values = values;
    }

    /**
     * Label cells are the leading cells up to the last one that reads as a label (text that is not
     * a number, more than two characters unless it is the first); everything after is values.
     */
    static RowCells split(Row row) {
        List<Cell> cells = row.cells();
        int lastLabel = -1;
        for (int i = 0; i < cells.size(); i++) {
            Cell c = cells.get(i);
            if (isEmpty(c)) continue;
            if (isLabelLike(c, lastLabel < 0)) lastLabel = i;
            else break;
        }
        // A label merged over the columns on its right (「一、本年新收… | << | <<」) takes them along.
        while (lastLabel >= 0 && lastLabel + 1 < cells.size() && cells.get(lastLabel + 1).text().equals(CellValue.MERGED_LEFT)) {
            lastLabel++;
        }
        return new RowCells(cells.subList(0, lastLabel + 1), cells.subList(lastLabel + 1, cells.size()));
    }

    /** A grid row whose columns are known: the cells before {@code firstValue} are its labels. */
    static RowCells inColumns(Row row, int firstValue) {
        List<Cell> cells = row.cells();
        int split = Math.min(firstValue, cells.size());
        return new RowCells(cells.subList(0, split), cells.subList(split, cells.size()));
    }

    /** Blank, or the mark of a cell merged into its neighbour: it names nothing of its own. */
    static boolean isEmpty(Cell cell) {
        return cell.isBlank() || CellValues.isMergedMark(cell.text());
    }

    /**
     * Text that names something: 「规章」, 「1.属于国家秘密」, 「2020年本行政区域…」; not a number, a
     * number with its unit (「251000元」「12.5万元」), nor a short mark where a number belongs (「/」「无」).
     */
    static boolean isLabelLike(Cell cell, boolean first) {
        CellValue v = CellValues.read(cell.text());
        return switch (v.kind()) {
            case BLANK, NUMBER, MERGED -> false;
            case NUMBER_WITH_TEXT -> !UNITS.contains(v.trailer()) && Labels.hanCount(v.trailer()) >= 2;
            case TEXT -> first ? cell.text().length() >= 2 : cell.text().length() > 2;
        };
    }

    private static final Set<String> UNITS = Set.of("元", "万元", "亿元", "件", "个", "项", "条", "次", "人", "人次", "份");

    /** The label cells' text, joined with spaces; empty when the row has none. */
    String labelText() {
        return String.join(" ", nonBlankLabels().stream().map(Cell::text).toList());
    }

    /** The label cells that name something: neither blank nor merged away. */
    List<Cell> nonBlankLabels() {
        return labels.stream().filter(c -> !isEmpty(c)).toList();
    }

    /** Where the label stands, or the row's start when it has none. */
    TextRange labelRange(Row row) {
        List<Cell> named = nonBlankLabels();
        if (named.isEmpty()) return TextRange.at(row.range().start());
        return named.get(0).range().union(named.get(named.size() - 1).range());
    }

    /**
     * The value cells aligned to {@code expected} columns: blank or merged cells beyond the columns
     * are dropped first at the right (trailing separators, a value merged over several columns),
     * then at the left (merged label columns); when fewer remain, the missing ones are at the left
     * and come back as absent cells.
     */
    Aligned align(int expected) {
        List<Cell> v = new ArrayList<>(values);
        // A value merged over the last columns (「0 | << | <<」, a short row's last cell drawn to the table's edge) is the row's last value.
        while (v.size() > 1 && v.get(v.size() - 1).text().equals(CellValue.MERGED_LEFT)) v.remove(v.size() - 1);
        while (v.size() > expected && isEmpty(v.get(v.size() - 1))) v.remove(v.size() - 1);
        while (v.size() > expected && isEmpty(v.get(0))) v.remove(0);
        int extra = Math.max(0, v.size() - expected);
        List<Cell> kept = v.subList(extra, v.size());
        List<Cell> aligned = new ArrayList<>(expected);
        for (int i = 0; i < expected - kept.size(); i++) aligned.add(null);
        aligned.addAll(kept);
        return new Aligned(aligned, extra);
    }

    /**
     * The value cells of a grid row split {@link #inColumns} at the first of {@code columns}, which the
     * header located: the cell at each of them (absent past the row's end); any other value cell
     * holding something is extra.
     */
    Aligned inGridColumns(int[] columns) {
        List<Cell> aligned = new ArrayList<>(columns.length);
        Set<Integer> taken = new HashSet<>();
        for (int column : columns) {
            int i = column - columns[0];
            aligned.add(i >= 0 && i < values.size() ? values.get(i) : null);
            taken.add(i);
        }
        int extra = 0;
        for (int i = 0; i < values.size(); i++) {
            if (!taken.contains(i) && !isEmpty(values.get(i))) extra++;
        }
        return new Aligned(aligned, extra);
    }

    record Aligned(List<Cell> cells, int extra) {
        List<DataCell> toDataCells(String table, String row, List<String> columns, TextRange absentAt) {
            List<DataCell> out = new ArrayList<>(cells.size());
            for (int i = 0; i < cells.size(); i++) {
                Cell c = cells.get(i);
                CellValue value = c == null ? CellValues.read("") : CellValues.read(c.text());
                out.add(new DataCell(table, row, columns.get(i), c, c == null ? absentAt : c.range(), value));
            }
            return out;
        }
    }

    /** How many cells hold a number. */
    static long numericCount(Row row) {
        return row.cells().stream().filter(c -> CellValues.read(c.text()).hasNumber()).count();
    }
}

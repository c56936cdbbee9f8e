package gkreport.recognize;

import gkreport.grammar.CellValues;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.CellValue;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The value columns of space-aligned rows laid out alike (one page of a table, or one block of
 * table 二), found from where their numbers stand: the rows with the most values give each
 * column's place, and a row with fewer values has each placed in the nearest column, in order, so
 * that a blank cell comes back as a blank cell in its column instead of shifting the others.
 */
final class LayoutColumns {
    /** More columns than any table of the format has: such a line is not placed column by column. */
    private static final int MAX_COLUMNS = 32;
    /** A value holds no Chinese character and is a number or short: 「21」「7730.28」「/」「-」. */
    private static final int MAX_VALUE_LENGTH = 12;

    private LayoutColumns() {
    }

    /**
     * A row's fields split into its label fields and its value cells.
     *
     * @param labels the fields left of the values
     * @param values one cell per column; a blank cell stands empty where its column is on the line
     */
    record Placed(List<LayoutField> labels, List<Cell> values) {
    }

    /** Each line's labels and values, in the lines' order. */
    static List<Placed> place(List<LayoutLine> lines, String source) {
        int[] valueCounts = new int[lines.size()];
        for (int i = 0; i < lines.size(); i++) valueCounts[i] = trailingValues(lines.get(i).fields());
        int columns = Arrays.stream(valueCounts).max().orElse(0);
        int zoneStart = Integer.MAX_VALUE;
        for (int i = 0; i < lines.size(); i++) {
            if (valueCounts[i] == columns) zoneStart = Math.min(zoneStart, valueField(lines.get(i), valueCounts[i], 0).column());
        }
        // What stands in the columns of the numbers is a value, whatever it holds (「3件」 where a count belongs).
        for (int i = 0; i < lines.size(); i++) {
            List<LayoutField> fields = lines.get(i).fields();
            while (valueCounts[i] < fields.size() && fields.get(fields.size() - valueCounts[i] - 1).column() >= zoneStart) {
                valueCounts[i]++;
            }
        }
        boolean byColumn = columns <= MAX_COLUMNS;
        double[] centers = byColumn ? centers(lines, valueCounts, columns) : null;
        int[] starts = byColumn ? starts(lines, valueCounts, columns) : null;
        List<Placed> placed = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            LayoutLine line = lines.get(i);
            List<LayoutField> fields = line.fields();
            int labelCount = fields.size() - valueCounts[i];
            List<LayoutField> values = fields.subList(labelCount, fields.size());
            List<Cell> cells = !byColumn || values.size() >= columns ? cells(values) : spread(values, centers, starts, line, source);
            placed.add(new Placed(fields.subList(0, labelCount), cells));
        }
        return placed;
    }

    /** How many fields at the end of the line read as values. */
    private static int trailingValues(List<LayoutField> fields) {
        int n = 0;
        while (n < fields.size() && isValue(fields.get(fields.size() - 1 - n).text())) n++;
        return n;
    }

    private static boolean isValue(String text) {
        return !Labels.hasHan(text) && (text.length() <= MAX_VALUE_LENGTH || CellValues.read(text).kind() == CellValue.Kind.NUMBER);
    }


    /** Each column's middle: the median of the middles of the fields of the fullest rows. */
    private static double[] centers(List<LayoutLine> lines, int[] valueCounts, int columns) {
        int full = (int) Arrays.stream(valueCounts).filter(c -> c == columns).count();
        double[][] at = new double[columns][full];
        int row = 0;
        for (int i = 0; i < lines.size(); i++) {
            if (valueCounts[i] != columns) continue;
            for (int k = 0; k < columns; k++) at[k][row] = valueField(lines.get(i), valueCounts[i], k).center();
            row++;
        }
        double[] centers = new double[columns];
        for (int k = 0; k < columns; k++) {
            Arrays.sort(at[k]);
            centers[k] = full == 0 ? 0 : at[k][full / 2];
        }
        return centers;
    }

    /** Each column's first character, where a blank cell of the column is placed: the leftmost start among the fullest rows. */
    private static int[] starts(List<LayoutLine> lines, int[] valueCounts, int columns) {
        int[] starts = new int[columns];
        Arrays.fill(starts, Integer.MAX_VALUE);
        for (int i = 0; i < lines.size(); i++) {
            if (valueCounts[i] != columns) continue;
            for (int k = 0; k < columns; k++) starts[k] = Math.min(starts[k], valueField(lines.get(i), valueCounts[i], k).column());
        }
        return starts;
    }

    /** The line's k-th value field, of its {@code valueCount}. */
    private static LayoutField valueField(LayoutLine line, int valueCount, int k) {
        return line.fields().get(line.fields().size() - valueCount + k);
    }

    private static List<Cell> cells(List<LayoutField> values) {
        return values.stream().map(f -> new Cell(f.text(), f.range())).toList();
    }

    /**
     * The values put in the columns nearest them, in order (the placing with the least total
     * distance), and a blank cell in every other column.
     */
    private static List<Cell> spread(List<LayoutField> values, double[] centers, int[] starts, LayoutLine line, String source) {
        int m = values.size();
        int n = centers.length;
        // cost[i][k]: the least distance placing the first i values in the first k columns.
        double[][] cost = new double[m + 1][n + 1];
        for (int i = 1; i <= m; i++) {
            for (int k = i; k <= n; k++) {
                double here = cost[i - 1][k - 1] + Math.abs(values.get(i - 1).center() - centers[k - 1]);
                cost[i][k] = k > i ? Math.min(cost[i][k - 1], here) : here;
            }
        }
        Cell[] cells = new Cell[n];
        int i = m;
        for (int k = n; k >= 1; k--) {
            if (i > 0 && (k == i || cost[i][k] != cost[i][k - 1])) {
                LayoutField f = values.get(--i);
                cells[k - 1] = new Cell(f.text(), f.range());
            } else {
                cells[k - 1] = new Cell("", TextRange.at(LayoutField.offsetOf(source, line.range(), starts[k - 1])));
            }
        }
        return List.of(cells);
    }
}

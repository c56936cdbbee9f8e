package gkreport.importer.pdf;

import gkreport.importer.ImportedDocument;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables drawn without borders in the lines of a page, as {@code pdftotext -layout} sees
 * them: a run of at least {@link #MIN_ROWS} consecutive lines that each hold a label and then two
 * numbers or more, a column's gap apart, whose numbers stand in columns (their right edges, left
 * edges or middles in line over the rows, as they are aligned). Only a confident reading becomes a
 * table: every number in a column of its own, columns that do not overlap, labels that end before
 * the first column. Its label's pieces are cells of their own, as a ruled table's would be; any
 * other run stays lines of text.
 */
final class AlignedColumns {
    private static final int MIN_ROWS = 3;
    /** A gap this many ems wide between glyphs separates the pieces of a line (its cells). */
    private static final double CELL_GAP = 1;
    /** Edges closer than this many ems are aligned. */
    private static final double ALIGNED = 0.6;
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*%?");

    /** A piece of a line between column gaps. */
    private record Piece(String text, double left, double right) {
        boolean isNumber() {
            return NUMBER.matcher(text).matches();
        }

        double at(int alignment) {
            return alignment == 0 ? right : alignment == 1 ? left : (left + right) / 2;
        }
    }

    /** A borderless table found: the rulings its layout implies, its rows' text and the lines it takes. */
    record Found(TableGrid grid, ImportedDocument.Grid text, List<TextLine> lines) {
    }

    private AlignedColumns() {
    }

    static List<Found> find(List<TextLine> lines) {
        List<Found> found = new ArrayList<>();
        int start = 0;
        while (start < lines.size()) {
            int end = start;
            while (end < lines.size() && isNumberRow(pieces(lines.get(end)))) end++;
            if (end - start >= MIN_ROWS) {
                Found table = table(lines.subList(start, end));
                if (table != null) found.add(table);
            }
            start = Math.max(end, start + 1);
        }
        return found;
    }

    /** A label (or none) then two numbers or more. */
    private static boolean isNumberRow(List<Piece> pieces) {
        int numbers = 0;
        for (Piece p : pieces) {
            if (p.isNumber()) numbers++;
            else if (numbers > 0) return false;
        }
        return numbers >= 2;
    }

    private static List<Piece> pieces(TextLine line) {
        List<Piece> pieces = new ArrayList<>();
        List<Glyph> piece = new ArrayList<>();
        for (Glyph g : line.glyphs()) {
            if (g.isSpace()) continue;
            if (!piece.isEmpty() && g.left() - piece.get(piece.size() - 1).right() > CELL_GAP * g.size()) {
                pieces.add(piece(piece));
                piece = new ArrayList<>();
            }
            piece.add(g);
        }
        if (!piece.isEmpty()) pieces.add(piece(piece));
        return pieces;
    }

    private static Piece piece(List<Glyph> glyphs) {
        TextLine line = TextLine.of(glyphs);
        return new Piece(line.text(), line.left(), line.right());
    }

    /**
     * The table of the rows, in the alignment that gives the fewest columns, or null when no
     * alignment reads them with confidence. Each row's text is its label's pieces, a cell each (as
     * many as the row has), then a cell for each column of numbers, blank where the row has none.
     */
    private static Found table(List<TextLine> rows) {
        List<List<Piece>> pieces = rows.stream().map(AlignedColumns::pieces).toList();
        double em = rows.stream().mapToDouble(TextLine::size).max().orElse(0);
        double[] best = null;
        for (int alignment = 0; alignment < 3; alignment++) {
            double[] bounds = columnBounds(pieces, alignment, em);
            if (bounds != null && (best == null || bounds.length < best.length)) best = bounds;
        }
        if (best == null) return null;
        List<Ruling> across = new ArrayList<>();
        List<Ruling> down = new ArrayList<>();
        double top = rows.get(0).top();
        double bottom = rows.get(rows.size() - 1).bottom();
        for (int r = 0; r <= rows.size(); r++) {
            double y = r == 0 ? top : r == rows.size() ? bottom : (rows.get(r - 1).bottom() + rows.get(r).top()) / 2;
            across.add(new Ruling(true, y, best[0], best[best.length - 1]));
        }
        for (double x : best) down.add(new Ruling(false, x, top, bottom));
        List<List<String>> text = new ArrayList<>();
        for (List<Piece> row : pieces) text.add(cells(row, best));
        return new Found(TableGrid.of(across, down), new ImportedDocument.Grid(text), List.copyOf(rows));
    }

    private static List<String> cells(List<Piece> row, double[] bounds) {
        List<String> cells = new ArrayList<>();
        String[] numbers = new String[bounds.length - 2];
        Arrays.fill(numbers, "");
        for (Piece p : row) {
            if (!p.isNumber()) cells.add(p.text());
            else numbers[column(bounds, (p.left() + p.right()) / 2)] = p.text();
        }
        cells.addAll(List.of(numbers));
        return cells;
    }

    /** The number column (from 0) that holds x: column c runs from {@code bounds[c + 1]} to {@code bounds[c + 2]}. */
    private static int column(double[] bounds, double x) {
        int columns = bounds.length - 2;
        int c = 0;
        while (c + 1 < columns && x >= bounds[c + 2]) c++;
        return c;
    }

    /**
     * The x-boundaries of the columns (the label column's left edge, each number column's left
     * edge, the last one's right edge), the numbers grouped by their edge in this alignment (0
     * right, 1 left, 2 middle); null when a row has two numbers in one column, columns overlap, or
     * a label reaches into the first column.
     */
    private static double[] columnBounds(List<List<Piece>> rows, int alignment, double em) {
        List<Piece> numbers = rows.stream().flatMap(List::stream).filter(Piece::isNumber)
                .sorted(Comparator.comparingDouble(p -> p.at(alignment))).toList();
        List<List<Piece>> columns = new ArrayList<>();
        for (Piece p : numbers) {
            List<Piece> last = columns.isEmpty() ? null : columns.get(columns.size() - 1);
            boolean aligned = last != null && p.at(alignment) - last.get(last.size() - 1).at(alignment) <= ALIGNED * em;
            if (!aligned) columns.add(last = new ArrayList<>());
            last.add(p);
        }
        for (List<Piece> row : rows) {
            List<Piece> inRow = row.stream().filter(Piece::isNumber).toList();
            long distinct = columns.stream().filter(c -> c.stream().anyMatch(inRow::contains)).count();
            if (distinct != inRow.size()) return null;
        }
        double labelsEnd = rows.stream().flatMap(List::stream).filter(p -> !p.isNumber()).mapToDouble(Piece::right).max().orElse(Double.NaN);
        double start = rows.stream().flatMap(List::stream).mapToDouble(Piece::left).min().orElseThrow();
        double[] bounds = new double[columns.size() + 2];
        bounds[0] = start - 1;
        for (int c = 0; c < columns.size(); c++) {
            double left = columns.get(c).stream().mapToDouble(Piece::left).min().orElseThrow();
            double previousRight = c == 0 ? labelsEnd : columns.get(c - 1).stream().mapToDouble(Piece::right).max().orElseThrow();
            if (!Double.isNaN(previousRight) && previousRight >= left) return null;
            bounds[c + 1] = Double.isNaN(previousRight) ? start - 0.5 : (previousRight + left) / 2;
        }
        bounds[bounds.length - 1] = columns.get(columns.size() - 1).stream().mapToDouble(Piece::right).max().orElseThrow() + 1;
        return bounds;
    }
}

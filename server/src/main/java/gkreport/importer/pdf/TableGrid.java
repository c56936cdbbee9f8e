package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * One table of a page as a grid: its column boundaries {@code xs} and row boundaries {@code ys}
 * (left to right, top to bottom, in points) are where its rulings run, and its outer edge where
 * they end when the border itself is not drawn (a table cut by a page break has no bottom
 * border). Each grid cell belongs to one {@link Region}, a rectangle of cells: where a ruling
 * between two neighbouring cells is absent, they are one merged cell.
 */
final class TableGrid {
    /** A ruling covering at least this share of the side between two cells separates them. */
    private static final double COVERED = 0.5;

    /** A rectangle of grid cells, rows {@code r0..r1} and columns {@code c0..c1}, both inclusive. */
    record Region(int r0, int c0, int r1, int c1) {
    }

    private final double[] xs;
    private final double[] ys;
    private final int[][] regionOf;
    private final List<Region> regions;

    private TableGrid(double[] xs, double[] ys, int[][] regionOf, List<Region> regions) {
        this.xs = xs;
        this.ys = ys;
        this.regionOf = regionOf;
        this.regions = regions;
    }

    /** The grid the rulings draw, or null when they enclose fewer than two cells. */
    static TableGrid of(List<Ruling> horizontal, List<Ruling> vertical) {
        double[] xs = boundaries(vertical, horizontal);
        double[] ys = boundaries(horizontal, vertical);
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        if (rows < 1 || cols < 1 || (long) rows * cols < 2) return null;
        if ((long) rows * cols > ImportLimits.MAX_PDF_TABLE_CELLS) {
            throw new PdfTooComplexException(Message.of("import.pdf.limit.cells", ImportLimits.MAX_PDF_TABLE_CELLS));
        }
        List<List<Ruling>> atX = byBoundary(vertical, xs);
        List<List<Ruling>> atY = byBoundary(horizontal, ys);
        UnionFind merged = new UnionFind(rows * cols);
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                if (c + 1 < cols && !covered(atX.get(c + 1), ys[r], ys[r + 1])) merged.union(r * cols + c, r * cols + c + 1);
                if (r + 1 < rows && !covered(atY.get(r + 1), xs[c], xs[c + 1])) merged.union(r * cols + c, (r + 1) * cols + c);
            }
        }
        return withRegions(xs, ys, merged);
    }

    double top() {
        return ys[0];
    }

    double bottom() {
        return ys[ys.length - 1];
    }

    int rows() {
        return ys.length - 1;
    }

    int columns() {
        return xs.length - 1;
    }

    List<Region> regions() {
        return regions;
    }

    /** The x of column boundary c, from 0 (the left edge) to {@link #columns()} (the right edge). */
    double x(int c) {
        return xs[c];
    }

    /** The columns where the cells of row r begin, left to right: a cell merged across columns begins once. */
    int[] cellStarts(int r) {
        return IntStream.range(0, columns()).filter(c -> c == 0 || regionOf[r][c] != regionOf[r][c - 1]).toArray();
    }

    /** The region (an index into {@link #regions()}) at row r, column c. */
    int regionAt(int r, int c) {
        return regionOf[r][c];
    }

    /** The region a point lies in, or -1 outside the table. */
    int regionAt(double x, double y) {
        int c = band(xs, x);
        int r = band(ys, y);
        return c < 0 || r < 0 ? -1 : regionOf[r][c];
    }

    private static int band(double[] bounds, double at) {
        if (at < bounds[0] || at > bounds[bounds.length - 1]) return -1;
        int i = Arrays.binarySearch(bounds, at);
        int band = i >= 0 ? i : -i - 2;
        return Math.min(band, bounds.length - 2);
    }

    /**
     * The positions of the rulings across, joined when closer than {@link TableFinder#TOLERANCE},
     * and the outer edges where the rulings along end beyond them.
     */
    private static double[] boundaries(List<Ruling> across, List<Ruling> along) {
        double[] at = across.stream().mapToDouble(Ruling::at).sorted().toArray();
        List<Double> bounds = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= at.length; i++) {
            if (i < at.length && at[i] - at[i - 1] <= TableFinder.TOLERANCE) continue;
            bounds.add(Arrays.stream(at, start, i).average().orElseThrow());
            start = i;
        }
        double first = along.stream().mapToDouble(Ruling::from).min().orElseThrow();
        double last = along.stream().mapToDouble(Ruling::to).max().orElseThrow();
        if (bounds.isEmpty() || first < bounds.get(0) - TableFinder.TOLERANCE) bounds.add(0, first);
        if (last > bounds.get(bounds.size() - 1) + TableFinder.TOLERANCE) bounds.add(last);
        return bounds.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The rulings at each boundary. */
    private static List<List<Ruling>> byBoundary(List<Ruling> rulings, double[] bounds) {
        List<List<Ruling>> at = new ArrayList<>();
        for (int i = 0; i < bounds.length; i++) at.add(new ArrayList<>());
        for (Ruling r : rulings) {
            int i = nearest(bounds, r.at());
            if (Math.abs(bounds[i] - r.at()) <= TableFinder.TOLERANCE) at.get(i).add(r);
        }
        return at;
    }

    private static int nearest(double[] bounds, double at) {
        int i = Arrays.binarySearch(bounds, at);
        if (i >= 0) return i;
        int after = -i - 1;
        if (after == 0) return 0;
        if (after == bounds.length) return bounds.length - 1;
        return at - bounds[after - 1] <= bounds[after] - at ? after - 1 : after;
    }

    private static boolean covered(List<Ruling> rulings, double from, double to) {
        double covered = 0;
        for (Ruling r : rulings) covered += Math.max(0, Math.min(to, r.to()) - Math.max(from, r.from()));
        return covered >= COVERED * (to - from);
    }

    /**
     * The regions of the merged cells: each group of joined cells widened to the rectangle around
     * it, and rectangles that then overlap joined, until every region is a rectangle of its own.
     */
    private static TableGrid withRegions(double[] xs, double[] ys, UnionFind merged) {
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        while (widenToRectangles(merged, rows, cols)) {
            // each round joins groups, so it ends
        }
        int[][] regionOf = new int[rows][cols];
        List<Region> regions = new ArrayList<>();
        Map<Integer, Integer> index = new HashMap<>();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int region = index.computeIfAbsent(merged.find(r * cols + c), k -> regions.size());
                if (region == regions.size()) regions.add(new Region(r, c, r, c));
                Region g = regions.get(region);
                regions.set(region, new Region(g.r0(), g.c0(), Math.max(g.r1(), r), Math.max(g.c1(), c)));
                regionOf[r][c] = region;
            }
        }
        return new TableGrid(xs, ys, regionOf, regions);
    }

    /** Joins every cell inside the rectangle around a group to the group; whether any was joined. */
    private static boolean widenToRectangles(UnionFind merged, int rows, int cols) {
        Map<Integer, int[]> boxes = new HashMap<>();
        for (int i = 0; i < rows * cols; i++) {
            int r = i / cols;
            int c = i % cols;
            int[] b = boxes.computeIfAbsent(merged.find(i), k -> new int[] {r, c, r, c});
            b[0] = Math.min(b[0], r);
            b[1] = Math.min(b[1], c);
            b[2] = Math.max(b[2], r);
            b[3] = Math.max(b[3], c);
        }
        boolean changed = false;
        for (Map.Entry<Integer, int[]> group : boxes.entrySet()) {
            int[] b = group.getValue();
            for (int r = b[0]; r <= b[2]; r++) {
                for (int c = b[1]; c <= b[3]; c++) changed |= merged.union(r * cols + c, group.getKey());
            }
        }
        return changed;
    }
}

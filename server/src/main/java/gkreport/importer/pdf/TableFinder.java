package gkreport.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the tables of a page in its rulings: collinear pieces of one border are joined, then
 * horizontal and vertical rulings that touch are grouped, and each group that encloses at least
 * two cells is a table ({@link TableGrid}). A lone line (an underline, a red rule under a
 * letterhead) and a lone box (a framed paragraph) are no tables.
 */
final class TableFinder {
    /** How far apart, in points, two rulings still meet, or lie on one line. */
    static final double TOLERANCE = 2.5;

    private TableFinder() {
    }

    static List<TableGrid> find(List<Ruling> rulings) {
        List<Ruling> horizontal = joined(rulings, true);
        List<Ruling> vertical = joined(rulings, false);
        int[] parent = new int[horizontal.size() + vertical.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        vertical.sort(Comparator.comparingDouble(Ruling::at));
        for (int h = 0; h < horizontal.size(); h++) {
            Ruling across = horizontal.get(h);
            for (int v = firstAtOrAfter(vertical, across.from() - TOLERANCE); v < vertical.size(); v++) {
                Ruling down = vertical.get(v);
                if (down.at() > across.to() + TOLERANCE) break;
                if (across.at() >= down.from() - TOLERANCE && across.at() <= down.to() + TOLERANCE) {
                    union(parent, h, horizontal.size() + v);
                }
            }
        }
        List<List<Ruling>> hs = new ArrayList<>();
        List<List<Ruling>> vs = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            hs.add(null);
            vs.add(null);
        }
        for (int i = 0; i < parent.length; i++) {
            int root = find(parent, i);
            if (hs.get(root) == null) {
                hs.set(root, new ArrayList<>());
                vs.set(root, new ArrayList<>());
            }
            if (i < horizontal.size()) hs.get(root).add(horizontal.get(i));
            else vs.get(root).add(vertical.get(i - horizontal.size()));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (int root = 0; root < parent.length; root++) {
            if (hs.get(root) == null || hs.get(root).isEmpty() || vs.get(root).isEmpty()) continue;
            TableGrid grid = TableGrid.of(hs.get(root), vs.get(root));
            if (grid != null) tables.add(grid);
        }
        tables.sort(Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    /** The rulings of one direction with the pieces of one line joined: same position, overlapping or touching. */
    private static List<Ruling> joined(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> sorted = new ArrayList<>();
        for (Ruling r : rulings) if (r.horizontal() == horizontal) sorted.add(r);
        sorted.sort(Comparator.comparingDouble(Ruling::at));
        List<Ruling> joined = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= sorted.size(); i++) {
            if (i < sorted.size() && sorted.get(i).at() - sorted.get(i - 1).at() <= TOLERANCE / 2) continue;
            joinAlong(sorted.subList(start, i), horizontal, joined);
            start = i;
        }
        return joined;
    }

    private static void joinAlong(List<Ruling> sameLine, boolean horizontal, List<Ruling> out) {
        List<Ruling> along = new ArrayList<>(sameLine);
        along.sort(Comparator.comparingDouble(Ruling::from));
        Ruling current = null;
        double sum = 0;
        int count = 0;
        for (Ruling r : along) {
            if (current != null && r.from() <= current.to() + TOLERANCE) {
                current = new Ruling(horizontal, current.at(), current.from(), Math.max(current.to(), r.to()));
            } else {
                if (current != null) out.add(new Ruling(horizontal, sum / count, current.from(), current.to()));
                current = r;
                sum = 0;
                count = 0;
            }
            sum += r.at();
            count++;
        }
        if (current != null) out.add(new Ruling(horizontal, sum / count, current.from(), current.to()));
    }

    private static int firstAtOrAfter(List<Ruling> sorted, double at) {
        int lo = 0;
        int hi = sorted.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted.get(mid).at() < at) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    static void union(int[] parent, int a, int b) {
        parent[find(parent, a)] = find(parent, b);
    }
}

package gkreport.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
        int h = horizontal.size();
        UnionFind touching = new UnionFind(h + vertical.size());
        for (int i = 0; i < h; i++) {
            Ruling across = horizontal.get(i);
            for (int v = firstAtOrAfter(vertical, across.from() - TOLERANCE); v < vertical.size(); v++) {
                Ruling down = vertical.get(v);
                if (down.at() > across.to() + TOLERANCE) break;
                if (across.at() >= down.from() - TOLERANCE && across.at() <= down.to() + TOLERANCE) touching.union(i, h + v);
            }
        }
        Map<Integer, List<Ruling>> groups = new LinkedHashMap<>();
        for (int i = 0; i < h + vertical.size(); i++) {
            groups.computeIfAbsent(touching.find(i), k -> new ArrayList<>()).add(i < h ? horizontal.get(i) : vertical.get(i - h));
        }
        List<TableGrid> tables = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            List<Ruling> across = group.stream().filter(Ruling::horizontal).toList();
            List<Ruling> down = group.stream().filter(r -> !r.horizontal()).toList();
            TableGrid grid = across.isEmpty() || down.isEmpty() ? null : TableGrid.of(across, down);
            if (grid != null) tables.add(grid);
        }
        tables.sort(Comparator.comparingDouble(TableGrid::top));
        return tables;
    }

    /** The rulings of one direction with the pieces of one line joined (same position, overlapping or touching), by position. */
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
        joined.sort(Comparator.comparingDouble(Ruling::at));
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
}

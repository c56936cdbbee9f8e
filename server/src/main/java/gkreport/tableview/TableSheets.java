package gkreport.tableview;

import gkreport.model.DataCell;
import gkreport.model.Relations;
import gkreport.model.Report;
import gkreport.model.SumRelation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tables 二, 三 and 四 of a report as sheets to draw (the editor's table view, the review page):
 * each table read, unreadable or missing ({@link ReportTables}), its grid ({@link TableGrids}),
 * the sum relations of {@link Relations} (the ones {@code sum-relation} checks) whose cells it
 * holds, and for each cell the relations it takes part in.
 */
public final class TableSheets {
    /**
     * One table.
     *
     * @param entry     how it was read, and where
     * @param blocks    its grid, empty unless it was read
     * @param relations the relations among its cells
     * @param places    where each cell stands in the grid: block, row, column
     */
    public record Sheet(ReportTables.Entry entry, List<TableGrids.Block> blocks, List<SumRelation> relations,
                       Map<DataCell, int[]> places) {
        /** The part a cell plays in the relations. */
        public CellState state(DataCell cell) {
            List<Integer> involved = new ArrayList<>();
            boolean broken = false;
            boolean total = false;
            BigDecimal needed = null;
            for (int i = 0; i < relations.size(); i++) {
                SumRelation r = relations.get(i);
                if (!r.involves(cell)) continue;
                involved.add(i);
                broken |= r.broken();
                total |= r.totals().contains(cell);
                if (r.broken() && needed == null && r.totals().contains(cell)) needed = needed(r, cell).orElse(null);
            }
            return new CellState(List.copyOf(involved), total, broken, needed);
        }

        /** The grid place of a cell: block, row, column. */
        public int[] place(DataCell cell) {
            return places.get(cell);
        }
    }

    /**
     * A cell's part in its table's relations.
     *
     * @param relations the indexes of the relations it takes part in
     * @param total     it is the total of one of them
     * @param broken    one of them does not hold
     * @param computed  for the total of a relation that does not hold, the value it would need, else null
     */
    public record CellState(List<Integer> relations, boolean total, boolean broken, BigDecimal computed) {
    }

    private TableSheets() {
    }

    /** @param unknownRowsCaption the caption over the rows of table 二 that no block of the format holds */
    public static List<Sheet> of(Report report, String unknownRowsCaption) {
        List<SumRelation> relations = Relations.of(report);
        List<Sheet> sheets = new ArrayList<>();
        for (ReportTables.Entry entry : ReportTables.of(report)) {
            List<TableGrids.Block> blocks = entry.status() == ReportTables.Status.READ ? grids(report, entry.name(), unknownRowsCaption) : List.of();
            Map<DataCell, int[]> places = places(blocks);
            List<SumRelation> own = relations.stream().filter(r -> places.containsKey(r.parts().get(0))).toList();
            sheets.add(new Sheet(entry, blocks, own, places));
        }
        return sheets;
    }

    private static List<TableGrids.Block> grids(Report report, String name, String unknownRowsCaption) {
        return switch (name) {
            case "表二" -> TableGrids.table2(report.table2(), unknownRowsCaption);
            case "表三" -> TableGrids.table3(report.table3());
            default -> TableGrids.table4(report.table4());
        };
    }

    private static Map<DataCell, int[]> places(List<TableGrids.Block> blocks) {
        Map<DataCell, int[]> places = new IdentityHashMap<>();
        for (int b = 0; b < blocks.size(); b++) {
            List<TableGrids.Row> rows = blocks.get(b).rows();
            for (int r = 0; r < rows.size(); r++) {
                List<DataCell> cells = rows.get(r).data().cells();
                for (int c = 0; c < cells.size(); c++) places.put(cells.get(c), new int[] {b, r, c});
            }
        }
        return places;
    }

    /** What a total of a relation must be for it to hold: the parts' sum less the other totals. */
    private static Optional<BigDecimal> needed(SumRelation r, DataCell total) {
        Optional<BigDecimal> sum = r.partsSum();
        if (sum.isEmpty()) return Optional.empty();
        BigDecimal value = sum.get();
        for (DataCell other : r.totals()) {
            if (other == total) continue;
            if (!other.hasNumber()) return Optional.empty();
            value = value.subtract(other.number());
        }
        return Optional.of(value);
    }
}

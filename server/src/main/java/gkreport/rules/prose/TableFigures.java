package gkreport.rules.prose;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.RowSpec;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import gkreport.rules.Places;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The figures tables 三 and 四 hold for each {@link Quantity}: a 总计 cell, or the sum of the 总计
 * cells of a group of rows (（三）不予公开 …) or of the two litigation blocks.
 *
 * <p>Only rows read with confidence count: matched by their label (not placed by position), with a
 * number in each of their cells and no cell left over; table 四 only when all its 15 cells hold a
 * number. Anything else gives no figure, and the prose is then not compared.
 */
public final class TableFigures {
    private static final int T4_REVIEW_TOTAL = 4;
    private static final int T4_DIRECT_TOTAL = 9;
    private static final int T4_AFTER_REVIEW_TOTAL = 14;

    private final Report report;

    public TableFigures(Report report) {
        this.report = report;
    }

    /** The figure for the quantities together, or empty when a cell it needs could not be read. */
    public Optional<Figure> of(List<Quantity> quantities) {
        List<Figure> parts = new ArrayList<>();
        for (Quantity q : quantities) {
            Optional<Figure> part = of(q);
            if (part.isEmpty()) return Optional.empty();
            parts.add(part.get());
        }
        if (parts.size() == 1) return Optional.of(parts.get(0));
        return Optional.of(sum(parts));
    }

    public Optional<Figure> of(Quantity quantity) {
        return switch (quantity) {
            case RECEIVED -> row(Table3Spec.R1);
            case CARRIED_IN -> row(Table3Spec.R2);
            case CARRIED_OUT -> row(Table3Spec.R4);
            case PUBLISHED -> row("R3.1");
            case PARTLY_PUBLISHED -> row("R3.2");
            case WITHHELD -> group("R3.3");
            case UNAVAILABLE -> group("R3.4");
            case NOT_PROCESSED -> group("R3.5");
            case OTHER_HANDLED -> group("R3.6");
            case CONCLUDED -> row(Table3Spec.R3_TOTAL);
            case REVIEW -> table4(T4_REVIEW_TOTAL);
            case LITIGATION -> table4(T4_DIRECT_TOTAL, T4_AFTER_REVIEW_TOTAL);
            case LITIGATION_DIRECT -> table4(T4_DIRECT_TOTAL);
            case LITIGATION_AFTER_REVIEW -> table4(T4_AFTER_REVIEW_TOTAL);
        };
    }

    private Optional<Figure> row(String key) {
        Table3 t = report.table3();
        if (t == null) return Optional.empty();
        return t.row(key).filter(TableFigures::readable).map(r -> {
            DataCell total = r.cell(Table3Spec.TOTAL_COLUMN);
            return new Figure(total.number(), placeOf(total), List.of(total), false);
        });
    }

    /** The rows whose key is the prefix or starts with it: 「R3.6」 is one row in 2019, a group in 2021. */
    private Optional<Figure> group(String keyPrefix) {
        Table3 t = report.table3();
        if (t == null) return Optional.empty();
        List<RowSpec> specs = Table3Spec.rows(t.version()).stream()
                .filter(s -> s.key().equals(keyPrefix) || s.key().startsWith(keyPrefix + ".")).toList();
        if (specs.size() == 1) return row(keyPrefix);
        List<DataCell> totals = new ArrayList<>();
        for (RowSpec spec : specs) {
            Optional<DataRow> row = t.row(spec.key()).filter(TableFigures::readable);
            if (row.isEmpty()) return Optional.empty();
            totals.add(row.get().cell(Table3Spec.TOTAL_COLUMN));
        }
        Message place = Message.of("place.groupCells", Places.table("表三"), specs.get(0).group(),
                Table3Spec.COLUMNS.get(Table3Spec.TOTAL_COLUMN));
        return Optional.of(new Figure(total(totals), place, totals, true));
    }

    private Optional<Figure> table4(int... columns) {
        if (report.table4() == null || report.table4().data() == null) return Optional.empty();
        DataRow data = report.table4().data();
        if (data.extraCells() > 0 || !data.cells().stream().allMatch(DataCell::hasNumber)) return Optional.empty();
        List<Figure> parts = new ArrayList<>();
        for (int c : columns) {
            DataCell cell = data.cell(c);
            parts.add(new Figure(cell.number(), placeOf(cell), List.of(cell), false));
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : sum(parts));
    }

    /** Where a cell stands: 「表三“（七）总计”行“总计”列」, 「表四“行政复议·总计”列」 (table 四 has one row). */
    public static Message placeOf(DataCell cell) {
        return Places.cell(cell);
    }

    /** Several figures added up: their places joined, named once as a sum. */
    private static Figure sum(List<Figure> parts) {
        Message place = parts.get(0).cellsAt();
        for (Figure next : parts.subList(1, parts.size())) place = Message.of("place.and", place, next.cellsAt());
        List<DataCell> cells = parts.stream().flatMap(p -> p.cells().stream()).toList();
        return new Figure(total(cells), place, cells, true);
    }

    private static BigDecimal total(List<DataCell> cells) {
        return cells.stream().map(DataCell::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** A row read with confidence: placed by its label, a number in every cell, nothing left over. */
    private static boolean readable(DataRow row) {
        return !row.labelMissing() && row.extraCells() == 0 && row.cells().stream().allMatch(DataCell::hasNumber);
    }
}

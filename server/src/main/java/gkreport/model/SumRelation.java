package gkreport.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * One instance of a relation of report-format.md: the sum of the parts equals the sum of the
 * totals (one total cell, except for T3-balance's 「（七）总计 + 第四项」). The rule
 * {@code sum-relation} checks these; the editor's hovers and inlay hints show them.
 *
 * @param kind   which relation
 * @param scope  the column (T3-balance, T3-total-row), row (T3-total-col) or block (T4-total) it holds in
 * @param parts  the cells added up
 * @param totals the cells their sum must equal
 */
public record SumRelation(Kind kind, String scope, List<DataCell> parts, List<DataCell> totals) {
    public enum Kind {
        T3_BALANCE("T3-balance"), T3_TOTAL_ROW("T3-total-row"), T3_TOTAL_COL("T3-total-col"), T4_TOTAL("T4-total");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    public SumRelation {
        parts = List.copyOf(parts);
        totals = List.copyOf(totals);
    }

    public boolean involves(DataCell cell) {
        return parts.contains(cell) || totals.contains(cell);
    }

    /** The total cell, when the relation has one. */
    public Optional<DataCell> total() {
        return totals.size() == 1 ? Optional.of(totals.get(0)) : Optional.empty();
    }

    /** The parts' sum, when every part holds a number. */
    public Optional<BigDecimal> partsSum() {
        return sum(parts);
    }

    /** The totals' sum, when every total holds a number. */
    public Optional<BigDecimal> totalsSum() {
        return sum(totals);
    }

    /** Whether it holds, when every cell holds a number. */
    public Optional<Boolean> holds() {
        return partsSum().flatMap(p -> totalsSum().map(t -> p.compareTo(t) == 0));
    }

    /** Every cell holds a number and the sums differ: what {@code sum-relation} reports. */
    public boolean broken() {
        return holds().filter(ok -> !ok).isPresent();
    }

    private static Optional<BigDecimal> sum(List<DataCell> cells) {
        if (!cells.stream().allMatch(DataCell::hasNumber)) return Optional.empty();
        return Optional.of(cells.stream().map(DataCell::number).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

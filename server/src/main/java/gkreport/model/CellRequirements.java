package gkreport.model;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * What each relation through one cell requires the cell to hold: the value that makes that
 * relation hold with its other cells as written. A change of the cell mends them all only when
 * they agree; otherwise some other cell is wrong, and no value for this one is proposed.
 *
 * @param requirements one per relation through the cell whose other cells all hold numbers, in the relations' order
 */
public record CellRequirements(DataCell cell, List<Requirement> requirements) {
    public record Requirement(SumRelation relation, BigDecimal value) {
    }

    public CellRequirements {
        requirements = List.copyOf(requirements);
    }

    public static CellRequirements of(List<SumRelation> relations, DataCell cell) {
        return new CellRequirements(cell, Relations.involving(relations, cell).stream()
                .flatMap(r -> required(r, cell).map(v -> new Requirement(r, v)).stream()).toList());
    }

    /** The one value every relation through the cell requires, when they agree. */
    public Optional<BigDecimal> agreed() {
        if (requirements.isEmpty()) return Optional.empty();
        BigDecimal first = requirements.get(0).value();
        return requirements.stream().allMatch(r -> r.value().compareTo(first) == 0) ? Optional.of(first) : Optional.empty();
    }

    /** Whether the relations through the cell require different values of it. */
    public boolean disagree() {
        return !requirements.isEmpty() && agreed().isEmpty();
    }

    /** The value of the cell that makes the relation hold, when its other cells all hold numbers. */
    private static Optional<BigDecimal> required(SumRelation r, DataCell cell) {
        boolean isTotal = r.totals().contains(cell);
        Optional<BigDecimal> thisSide = sumWithout(isTotal ? r.totals() : r.parts(), cell);
        Optional<BigDecimal> otherSide = isTotal ? r.partsSum() : r.totalsSum();
        return thisSide.flatMap(mine -> otherSide.map(other -> other.subtract(mine)));
    }

    private static Optional<BigDecimal> sumWithout(List<DataCell> cells, DataCell left) {
        List<DataCell> others = cells.stream().filter(c -> !c.equals(left)).toList();
        if (!others.stream().allMatch(DataCell::hasNumber)) return Optional.empty();
        return Optional.of(others.stream().map(DataCell::number).reduce(BigDecimal.ZERO, BigDecimal::add));
    }
}

package gkreport.rules.crossyear;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table3Spec;
import gkreport.model.TemplateVersion;
import gkreport.rules.Places;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the next year's report is checked against, taken from a report and kept without it: its
 * year and format, its 结转下年度 cells, its 现行有效件数 cells, its prose sentences with digits
 * masked, and the places of those cells and of its title.
 */
public final class LastYearReport {
    private final CrossYearKey key;
    private final TemplateVersion template;
    private final List<Cell> carriedForward;
    private final Map<String, Cell> inForce;
    private final Set<String> sentences;
    private final DetachedPlace title;

    /** A cell of last year's report: its number, its name and its place. */
    record Cell(BigDecimal number, Message name, DetachedPlace place) {
        static Cell of(String location, Report report, DataCell cell) {
            return new Cell(cell.hasNumber() ? cell.number() : null, Places.cell(cell),
                    DetachedPlace.of(location, report.source(), cell.range()));
        }
    }

    private LastYearReport(CrossYearKey key, TemplateVersion template, List<Cell> carriedForward, Map<String, Cell> inForce,
                           Set<String> sentences, DetachedPlace title) {
        this.key = key;
        this.template = template;
        this.carriedForward = carriedForward;
        this.inForce = inForce;
        this.sentences = sentences;
        this.title = title;
    }

    /**
     * The facts of a report as the report of the year before another; empty when its title names
     * no agency or year, so that no report pairs with it.
     *
     * @param location where it comes from, as the caller names it; findings on the year after point here
     */
    public static Optional<LastYearReport> of(String location, Report report) {
        return CrossYearKey.of(report.title()).map(key -> of(key, location, report));
    }

    private static LastYearReport of(CrossYearKey key, String location, Report report) {
        List<Cell> carried = new ArrayList<>();
        CarryOverCheck.carriedForward(report).ifPresent(row -> {
            for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) carried.add(Cell.of(location, report, row.cell(c)));
        });
        Map<String, Cell> inForce = new HashMap<>();
        for (String rowKey : StockCheck.ROWS) {
            StockCheck.row(report, rowKey).ifPresent(row -> inForce.put(rowKey, Cell.of(location, report, row.cell(StockCheck.IN_FORCE))));
        }
        DetachedPlace title = report.title() == null ? null : DetachedPlace.of(location, report.source(), report.title().range());
        return new LastYearReport(key, report.template(), List.copyOf(carried),
                Map.copyOf(inForce), Set.copyOf(RepeatedProseCheck.masked(report)), title);
    }

    /** The key that pairs it with the same agency's report of the year after. */
    public CrossYearKey key() {
        return key;
    }

    int year() {
        return key.year();
    }

    TemplateVersion template() {
        return template;
    }

    /** Whether 「四、结转下年度继续办理」 was placed by its label. */
    boolean hasCarriedForward() {
        return !carriedForward.isEmpty();
    }

    /** Column c of 「四、结转下年度继续办理」. */
    Cell carriedForward(int column) {
        return carriedForward.get(column);
    }

    Optional<Cell> inForce(String rowKey) {
        return Optional.ofNullable(inForce.get(rowKey));
    }

    Set<String> sentences() {
        return sentences;
    }

    Optional<DetachedPlace> title() {
        return Optional.ofNullable(title);
    }
}

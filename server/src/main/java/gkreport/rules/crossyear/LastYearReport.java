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
    private final int year;
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

    private LastYearReport(int year, TemplateVersion template, List<Cell> carriedForward, Map<String, Cell> inForce,
                           Set<String> sentences, DetachedPlace title) {
        this.year = year;
        this.template = template;
        this.carriedForward = carriedForward;
        this.inForce = inForce;
        this.sentences = sentences;
        this.title = title;
    }

    /** The facts of a report with a year in its title, as the report of the year before another. */
    public static LastYearReport of(AnalyzedReport analyzed) {
        Report report = analyzed.report();
        String location = analyzed.location();
        List<Cell> carried = new ArrayList<>();
        CarryOverCheck.carriedForward(report).ifPresent(row -> {
            for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) carried.add(Cell.of(location, report, row.cell(c)));
        });
        Map<String, Cell> inForce = new HashMap<>();
        for (String key : StockCheck.ROWS) {
            StockCheck.row(report, key).ifPresent(row -> inForce.put(key, Cell.of(location, report, row.cell(StockCheck.IN_FORCE))));
        }
        DetachedPlace title = report.title() == null ? null : DetachedPlace.of(location, report.source(), report.title().range());
        return new LastYearReport(report.year().orElseThrow(), report.template(), List.copyOf(carried),
                Map.copyOf(inForce), Set.copyOf(RepeatedProseCheck.masked(report)), title);
    }

    int year() {
        return year;
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

package gkreport.cli;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.rules.Finding;
import gkreport.rules.Places;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Names where a finding stands in words, for reports converted from .docx or .html, whose line
 * numbers mean little to a Word user: the cell (「表三“（七）总计”行“自然人”列」), else the row,
 * the table, the title, or the section the finding lies in.
 */
final class FindingPlace {
    private FindingPlace() {
    }

    /**
     * The places the finding's start lies in, the narrowest first (cell, row, table; or title; or
     * section); empty when it lies before the report's first part.
     */
    static List<Message> of(Report report, Finding finding) {
        int at = finding.range().start();
        List<Message> places = new ArrayList<>();
        for (DataCell cell : cells(report)) {
            if (!cell.isAbsent() && within(cell.range(), at)) places.add(Places.cell(cell));
        }
        for (DataRow row : rows(report)) {
            if (within(row.syntax().range(), at) && !row.displayLabel().isBlank()) {
                places.add(Message.of("place.row", Places.table(row.cells().get(0).table()), row.displayLabel()));
            }
        }
        if (in(report.table2() == null ? null : report.table2().syntax(), at)) places.add(Places.table("表二"));
        if (in(report.table3() == null ? null : report.table3().syntax(), at)) places.add(Places.table("表三"));
        if (in(report.table4() == null ? null : report.table4().syntax(), at)) places.add(Places.table("表四"));
        if (!places.isEmpty()) return places;
        if (report.title() != null && within(report.title().range(), at)) return List.of(Message.of("place.title"));
        Section section = null;
        for (Section s : report.sections()) {
            if (s.heading().line().range().start() <= at) section = s;
        }
        if (section == null) return List.of();
        int n = section.heading().spec().number();
        return List.of(Message.of("place.section", ChineseNumerals.of(n), section.heading().spec().title()));
    }

    private static List<DataRow> rows(Report report) {
        return report.dataRows().stream().filter(r -> !r.cells().isEmpty()).toList();
    }

    private static List<DataCell> cells(Report report) {
        return rows(report).stream().flatMap(r -> r.cells().stream()).toList();
    }

    private static boolean in(Table table, int at) {
        return table != null && within(table.range(), at);
    }

    /** Whether the offset lies in the range, or at an empty range's position. */
    private static boolean within(TextRange range, int at) {
        return range.length() == 0 ? at == range.start() : at >= range.start() && at < range.end();
    }
}

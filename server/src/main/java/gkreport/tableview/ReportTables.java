package gkreport.tableview;

import gkreport.grammar.TextRange;
import gkreport.model.Report;
import gkreport.model.UnreadableTable;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables 二, 三 and 四 of a report as the table view and its code lenses see them: read, unreadable
 * (with the recognizer's reason) or missing, each with the line that introduces it.
 */
public final class ReportTables {
    public static final List<String> NAMES = List.of("表二", "表三", "表四");

    public enum Status { READ, UNREADABLE, MISSING }

    /**
     * One table.
     *
     * @param name       「表二」「表三」「表四」
     * @param status     how it was read
     * @param range      where it stands, or null when missing (or when the whole text is unreadable)
     * @param caption    the line that introduces it, or null when it has no place
     * @param unreadable why it could not be read, or null
     */
    public record Entry(String name, Status status, TextRange range, TextRange caption, UnreadableTable unreadable) {
    }

    private ReportTables() {
    }

    public static List<Entry> of(Report report) {
        TableCaptions captions = new TableCaptions(report);
        List<Entry> out = new ArrayList<>();
        for (String name : NAMES) {
            UnreadableTable unread = unreadable(report, name);
            TextRange range = unread != null ? (unread.wholeText() ? null : unread.range()) : readRange(report, name);
            Status status = unread != null ? Status.UNREADABLE : range != null ? Status.READ : Status.MISSING;
            out.add(new Entry(name, status, range, range == null ? null : captions.captionOf(range.start()), unread));
        }
        return out;
    }

    private static UnreadableTable unreadable(Report report, String name) {
        return report.unreadable().stream().filter(u -> u.wholeText() || name.equals(u.table())).findFirst().orElse(null);
    }

    private static TextRange readRange(Report report, String name) {
        return switch (name) {
            case "表二" -> report.table2() == null ? null : report.table2().syntax().range();
            case "表三" -> report.table3() == null ? null : report.table3().syntax().range();
            default -> report.table4() == null ? null : report.table4().syntax().range();
        };
    }
}

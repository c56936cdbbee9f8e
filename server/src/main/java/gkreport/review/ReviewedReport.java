package gkreport.review;

import gkreport.model.Report;
import gkreport.model.Title;
import gkreport.text.Messages;
import gkreport.rules.crossyear.CrossYearKey;
import java.util.List;

/**
 * One report as the review page shows it, kept small (no text, no analysis): a run over a thousand
 * reports holds all of them until the page is written.
 *
 * @param path       its path as {@code check} shows it
 * @param href       the link to it from the page's folder
 * @param agency     the agency its title names, or null
 * @param agencyKey  the agency as reports of different years are paired ({@code cross-year}), or null
 * @param year       the year it reports on, or null
 * @param template   「2019」 or 「2021」, or null
 * @param unreadable why it could not be read, or null
 * @param findings   its findings, as {@code check} words them
 * @param figures    its main figures
 * @param sheets     its tables as the page's compact JSON ({@link SheetsJson}), or null when not drawn
 */
public record ReviewedReport(String path, String href, String agency, String agencyKey, Integer year, String template,
                             String unreadable, List<Line> findings, Figures figures, String sheets) {
    /**
     * A finding.
     *
     * @param rule     its rule id
     * @param severity error, warning or info
     * @param line     1-based line
     * @param column   1-based code-point column
     * @param message  its message
     */
    public record Line(String rule, String severity, int line, int column, String message) {
    }

    /** A report that was read: its title's agency and year, its format, figures, and its tables when it has findings. */
    public static ReviewedReport of(String path, String href, Report report, List<Line> findings, Messages messages) {
        Title title = report.title();
        String agency = title == null ? null : title.agency();
        String agencyKey = CrossYearKey.of(title).map(CrossYearKey::agency).orElse(null);
        String template = report.template() == null ? null : report.template().id();
        String sheets = findings.isEmpty() ? null : SheetsJson.of(report, messages);
        return new ReviewedReport(path, href, agency, agencyKey, report.year().orElse(null), template, null, List.copyOf(findings),
                Figures.of(report), sheets);
    }

    public static ReviewedReport unreadable(String path, String href, String reason) {
        return new ReviewedReport(path, href, null, null, null, null, reason, List.of(), Figures.NONE, null);
    }

    public int count(String severity) {
        return (int) findings.stream().filter(f -> f.severity().equals(severity)).count();
    }

    /** Whether it gets a section of its own: it has findings, or could not be read. */
    boolean detailed() {
        return unreadable != null || !findings.isEmpty();
    }
}

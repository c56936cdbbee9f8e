package gkreport.service;

import gkreport.model.Report;
import gkreport.recognize.Recognizer;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.AnalyzedReport;
import gkreport.rules.crossyear.CrossYearCheck;
import gkreport.rules.crossyear.CrossYearKey;
import gkreport.rules.crossyear.LastYearReport;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports that may be the year before others, by agency and year: the one place where reports
 * are paired and checked across years. Every face that holds several reports fills one: the CLI
 * with the files its {@link YearPairs} name for a file, the language server with the documents
 * open in the editor and the reports in the workspace, its folder command with a folder's
 * reports. Only what the year after is checked against is kept ({@link LastYearReport}), not the
 * reports.
 */
public final class ReportSet {
    private final Map<CrossYearKey, List<LastYearReport>> byKey = new HashMap<>();

    public ReportSet() {
    }

    public ReportSet(List<LastYearReport> reports) {
        reports.forEach(this::add);
    }

    /** The key that pairs a report with its agency's reports of other years; empty when its title names no agency or year. */
    public static Optional<CrossYearKey> key(Report report) {
        return CrossYearKey.of(report.title());
    }

    /** The key of a text, from its title alone: cheap enough to read for every file of a large batch first. */
    public static Optional<CrossYearKey> key(String text) {
        return CrossYearKey.of(Recognizer.title(text));
    }

    /** What a report of the year after is checked against, taken from a text recognised without the rules. */
    public static Optional<LastYearReport> lastYearOf(String location, String text) {
        return lastYearOf(location, Recognizer.recognize(text));
    }

    /** What a report of the year after is checked against, taken from this one; empty when it has no key. */
    public static Optional<LastYearReport> lastYearOf(String location, Report report) {
        return LastYearReport.of(location, report);
    }

    public void add(LastYearReport report) {
        byKey.computeIfAbsent(report.key(), k -> new ArrayList<>()).add(report);
    }

    /** Adds a report, kept as the year before others; one without a key is left out. */
    public void add(String location, Report report) {
        lastYearOf(location, report).ifPresent(this::add);
    }

    /**
     * The cross-year findings on a report, against this set's reports of its agency's year before,
     * in position order and at the severities of the report's settings.
     *
     * @param location where the report comes from, as the caller names it
     */
    public List<Finding> findingsOn(String location, Report report, Settings settings) {
        List<LastYearReport> lastYears = key(report).map(k -> byKey.getOrDefault(k.lastYear(), List.of())).orElse(List.of());
        if (lastYears.isEmpty()) return List.of();
        return settings.configure(CrossYearCheck.check(new AnalyzedReport(location, report), lastYears));
    }
}

package gkreport.lsp;

import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.AnalyzedReport;
import gkreport.rules.crossyear.CrossYearCheck;
import gkreport.rules.crossyear.CrossYearKey;
import gkreport.rules.crossyear.LastYearReport;
import gkreport.service.Analysis;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-year findings of an open document, as {@code gkreport check} gives them for a folder:
 * the document is paired with the same agency's report of the year before, open in the editor (at
 * its editor version) or found in the workspace folders, by {@link CrossYearCheck}.
 */
final class CrossYearFindings {
    private final AnalysisSession session;
    private final WorkspaceReports workspace;

    CrossYearFindings(AnalysisSession session, WorkspaceReports workspace) {
        this.session = session;
        this.workspace = workspace;
    }

    /** The document's cross-year findings, at the severities its settings give. */
    List<Finding> of(OpenDocument document, Report report) {
        Optional<CrossYearKey> key = CrossYearKey.of(report.title());
        if (key.isEmpty()) return List.of();
        List<LastYearReport> lastYears = new ArrayList<>();
        Set<Path> open = new HashSet<>();
        for (OpenDocument other : session.documents().all()) {
            FileUris.path(other.uri()).ifPresent(open::add);
            if (other.uri().equals(document.uri())) continue;
            Optional<Analysis> analysed = session.analysed(other); // one too large for the heap is left out
            if (analysed.isEmpty()) continue;
            Report theirs = analysed.get().report();
            if (CrossYearKey.of(theirs.title()).filter(k -> k.equals(key.get().lastYear())).isPresent()) {
                lastYears.add(LastYearReport.of(new AnalyzedReport(other.uri(), theirs)));
            }
        }
        lastYears.addAll(workspace.lastYears(key.get(), open));
        if (lastYears.isEmpty()) return List.of();
        List<Finding> found = CrossYearCheck.check(new AnalyzedReport(document.uri(), report), lastYears);
        return session.settingsFor(document).configure(found);
    }

    /** The open documents of the year after this report's, of the same agency: their findings depend on it. */
    List<String> nextYearsOf(Report report) {
        Optional<CrossYearKey> key = CrossYearKey.of(report.title());
        if (key.isEmpty()) return List.of();
        List<String> next = new ArrayList<>();
        for (OpenDocument other : session.documents().all()) {
            session.analysed(other).map(Analysis::report)
                    .filter(theirs -> CrossYearKey.of(theirs.title()).filter(k -> k.lastYear().equals(key.get())).isPresent())
                    .ifPresent(theirs -> next.add(other.uri()));
        }
        return next;
    }
}

package gkreport.lsp;

import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.CrossYearKey;
import gkreport.service.Analysis;
import gkreport.service.ReportSet;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The cross-year findings of an open document, as {@code gkreport check} gives them for a folder:
 * the document is paired with the same agency's report of the year before, open in the editor (at
 * its editor version) or found in the workspace folders, in a {@link ReportSet}.
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
        Optional<CrossYearKey> key = ReportSet.key(report);
        if (key.isEmpty()) return List.of();
        ReportSet lastYears = new ReportSet();
        Set<Path> open = new HashSet<>();
        for (OpenDocument other : session.documents().all()) {
            FileUris.path(other.uri()).ifPresent(open::add);
            Optional<Analysis> analysed = session.analysed(other); // one too large for the heap is left out
            if (analysed.isEmpty()) continue;
            Report theirs = analysed.get().report();
            if (ReportSet.key(theirs).filter(key.get().lastYear()::equals).isPresent()) lastYears.add(other.uri(), theirs);
        }
        workspace.lastYears(key.get(), open).forEach(lastYears::add);
        return lastYears.findingsOn(document.uri(), report, session.settingsFor(document));
    }

    /** The open documents of the year after this report's, of the same agency: their findings depend on it. */
    List<String> nextYearsOf(Report report) {
        Optional<CrossYearKey> key = ReportSet.key(report);
        if (key.isEmpty()) return List.of();
        List<String> next = new ArrayList<>();
        for (OpenDocument other : session.documents().all()) {
            session.analysed(other).map(Analysis::report)
                    .filter(theirs -> ReportSet.key(theirs).filter(k -> k.lastYear().equals(key.get())).isPresent())
                    .ifPresent(theirs -> next.add(other.uri()));
        }
        return next;
    }
}

package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.rules.Messages;
import gkreport.rules.Related;
import gkreport.rules.RuleDocs;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;

/** Findings as LSP diagnostics: code = rule id, source 「gkreport」, a link to the rule's page, related places. */
public final class DiagnosticConverter {
    public static final String SOURCE = "gkreport";

    private final RuleDocs docs;

    public DiagnosticConverter(RuleDocs docs) {
        this.docs = docs;
    }

    public List<Diagnostic> diagnostics(Analysis analysis, Messages messages, String uri) {
        SourceText source = analysis.report().source();
        return analysis.findings().stream().map(f -> diagnostic(f, source, messages, uri)).toList();
    }

    public Diagnostic diagnostic(Finding finding, SourceText source, Messages messages, String uri) {
        Diagnostic d = new Diagnostic(Positions.range(source, finding.range()), messages.render(finding.message()),
                severity(finding.severity()), SOURCE, finding.rule().id());
        d.setCodeDescription(new DiagnosticCodeDescription(docs.href(finding.rule())));
        if (!finding.related().isEmpty()) {
            d.setRelatedInformation(finding.related().stream().map(r -> related(r, source, messages, uri)).toList());
        }
        return d;
    }

    /**
     * A place in this document, or in another report (last year's): named by its URI, or by its path
     * when it comes from a command-line check, at its own lines and columns.
     */
    private static DiagnosticRelatedInformation related(Related related, SourceText source, Messages messages, String uri) {
        String where = related.location() == null ? uri : FileUris.fromLocation(related.location());
        Location location = new Location(where, Positions.range(related.sourceOr(source), related.range()));
        return new DiagnosticRelatedInformation(location, messages.render(related.message()));
    }

    private static DiagnosticSeverity severity(Severity severity) {
        return switch (severity) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO, OFF -> DiagnosticSeverity.Information;
        };
    }
}

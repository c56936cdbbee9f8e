package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.service.Analysis;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.text.Messages;
import org.eclipse.lsp4j.Diagnostic;

/** What a code action is computed from: one version of a document, its analysis and its settings. */
public record ActionContext(OpenDocument document, Analysis analysis, Settings settings, Messages messages,
                            DiagnosticConverter diagnostics, EditBuilder edits, Fixer fixer) {
    public SourceText source() {
        return analysis.report().source();
    }

    public Diagnostic diagnostic(Finding finding) {
        return diagnostics.diagnostic(finding, source(), messages, document.uri());
    }
}

package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.rules.RuleDocs;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import gkreport.text.Messages;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;

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
        Diagnostic d = new Diagnostic(nonEmptyRange(source, finding.range()), messages.render(finding.message()),
                severity(finding.severity()), SOURCE, finding.rule().id());
        d.setCodeDescription(new DiagnosticCodeDescription(docs.href(finding.rule())));
        if (!finding.related().isEmpty()) {
            d.setRelatedInformation(finding.related().stream().map(r -> related(r, source, messages, uri)).toList());
        }
        return d;
    }

    /**
     * The range, or where it is empty (the findings never are; this guards the editor against a
     * squiggle nobody sees) the character after it, else the one before it, else its whole line
     * with the line break.
     */
    static Range nonEmptyRange(SourceText source, TextRange range) {
        if (range.length() > 0) return Positions.range(source, range);
        String text = source.text();
        int offset = Math.min(range.start(), text.length());
        int line = source.lineOf(offset);
        if (offset < source.lineEnd(line)) {
            return Positions.range(source, new TextRange(offset, offset + Character.charCount(text.codePointAt(offset))));
        }
        if (offset > source.lineStart(line)) {
            return Positions.range(source, new TextRange(offset - Character.charCount(text.codePointBefore(offset)), offset));
        }
        Position end = line + 1 < source.lineCount() ? new Position(line + 1, 0) : new Position(line, 1);
        return new Range(new Position(line, 0), end);
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

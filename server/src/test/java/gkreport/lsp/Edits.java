package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/** Applies edits the server returns, as a client does. */
final class Edits {
    private Edits() {
    }

    /** The edits of a workspace edit for the one document, from documentChanges or changes. */
    static List<TextEdit> of(WorkspaceEdit edit, String uri) {
        if (edit.getDocumentChanges() != null) {
            return edit.getDocumentChanges().stream().map(Either::getLeft).filter(d -> d.getTextDocument().getUri().equals(uri))
                    .flatMap(d -> d.getEdits().stream().map(Either::getLeft)).toList();
        }
        return edit.getChanges().getOrDefault(uri, List.of());
    }

    /** The text with the edits applied (positions all refer to the text before). */
    static String apply(String text, List<? extends TextEdit> edits) {
        SourceText source = new SourceText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> Positions.offset(source, e.getRange().getStart())).reversed());
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) {
            TextRange r = Positions.textRange(source, e.getRange());
            b.replace(r.start(), r.end(), e.getNewText());
        }
        return b.toString();
    }

    /** The edits as incremental changes of one didChange, last position first so each applies to the text as changed so far. */
    static List<TextDocumentContentChangeEvent> asChanges(String text, List<? extends TextEdit> edits) {
        SourceText source = new SourceText(text);
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> Positions.offset(source, e.getRange().getStart())).reversed());
        return sorted.stream().map(e -> new TextDocumentContentChangeEvent(e.getRange(), e.getNewText())).toList();
    }
}

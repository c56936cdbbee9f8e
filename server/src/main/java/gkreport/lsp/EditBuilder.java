package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.rules.TextEdit;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Text edits as the client takes them: versioned {@code documentChanges} when it supports them
 * (so an edit computed for an older version is refused), else plain {@code changes}.
 */
public final class EditBuilder {
    private final boolean documentChanges;

    public EditBuilder(boolean documentChanges) {
        this.documentChanges = documentChanges;
    }

    public WorkspaceEdit workspaceEdit(OpenDocument document, SourceText source, List<TextEdit> edits) {
        List<org.eclipse.lsp4j.TextEdit> lspEdits = textEdits(source, edits);
        if (!documentChanges) return new WorkspaceEdit(Map.of(document.uri(), lspEdits));
        TextDocumentEdit edit = new TextDocumentEdit(new VersionedTextDocumentIdentifier(document.uri(), document.version()),
                lspEdits.stream().<Either<org.eclipse.lsp4j.TextEdit, org.eclipse.lsp4j.SnippetTextEdit>>map(Either::forLeft).toList());
        return new WorkspaceEdit(List.of(Either.forLeft(edit)));
    }

    public static List<org.eclipse.lsp4j.TextEdit> textEdits(SourceText source, List<TextEdit> edits) {
        return edits.stream().map(e -> new org.eclipse.lsp4j.TextEdit(Positions.range(source, e.range()), e.newText())).toList();
    }
}

package gkreport.lsp;

import gkreport.service.Analysis;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * Keeps the open documents in sync and answers requests about them. Requests run off the
 * protocol thread on the analysis of the document's current version and honour {@code $/cancelRequest}.
 */
public final class ReportTextDocumentService implements TextDocumentService {
    private final GkreportLanguageServer server;

    ReportTextDocumentService(GkreportLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        if (!server.lifecycle().isRunning()) return;
        var doc = params.getTextDocument();
        server.session().documents().open(doc.getUri(), doc.getVersion(), doc.getText());
        server.validator().schedule(doc.getUri(), 0);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        if (!server.lifecycle().isRunning()) return;
        String uri = params.getTextDocument().getUri();
        if (server.session().documents().change(uri, params.getTextDocument().getVersion(), params.getContentChanges()) == null) return;
        EditorSettings editor = server.session().settings().editor();
        if (editor.run() == EditorSettings.RunMode.ON_TYPE) server.validator().schedule(uri, editor.debounceMs());
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        if (!server.lifecycle().isRunning()) return;
        if (server.session().settings().editor().run() == EditorSettings.RunMode.ON_SAVE) {
            server.validator().schedule(params.getTextDocument().getUri(), 0);
        }
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        if (!server.lifecycle().isRunning()) return;
        String uri = params.getTextDocument().getUri();
        server.session().documents().close(uri);
        server.validator().clear(uri);
    }

    @Override
    public CompletableFuture<Hover> hover(HoverParams params) {
        return onDocument(params.getTextDocument().getUri(), null, (document, analysis) -> {
            int offset = Positions.offset(analysis.report().source(), params.getPosition());
            return HoverProvider.hover(analysis.report(), offset, server.session().messages(document)).orElse(null);
        });
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return onDocument(params.getTextDocument().getUri(), List.of(), (document, analysis) -> {
            ActionContext context = new ActionContext(document, analysis, server.session().settingsFor(document),
                    server.session().messages(document), server.converter(),
                    new EditBuilder(server.clientSupportsDocumentChanges()), server.session().fixer());
            return CodeActionProvider.actions(context, params.getRange(), params.getContext().getOnly());
        });
    }

    @Override
    public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(DocumentSymbolParams params) {
        return onDocument(params.getTextDocument().getUri(), List.of(), (document, analysis) ->
                DocumentSymbolProvider.symbols(analysis.report(), server.session().messages(document)).stream()
                        .<Either<SymbolInformation, DocumentSymbol>>map(Either::forRight).toList());
    }

    @Override
    public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
        return onDocument(params.getTextDocument().getUri(), List.of(), (document, analysis) -> FoldingRangeProvider.ranges(analysis.report()));
    }

    @Override
    public CompletableFuture<List<InlayHint>> inlayHint(InlayHintParams params) {
        return onDocument(params.getTextDocument().getUri(), List.of(), (document, analysis) -> InlayHintProvider.hints(analysis.report(),
                Positions.textRange(analysis.report().source(), params.getRange()), server.session().messages(document)));
    }

    @Override
    public CompletableFuture<List<? extends CodeLens>> codeLens(CodeLensParams params) {
        String uri = params.getTextDocument().getUri();
        return onDocument(uri, List.of(), (document, analysis) -> TableViewLenses.lenses(analysis.report(), uri,
                server.session().messages(document)));
    }

    @Override
    public CompletableFuture<List<? extends TextEdit>> formatting(DocumentFormattingParams params) {
        return onDocument(params.getTextDocument().getUri(), List.of(), (document, analysis) -> FormattingProvider.edits(analysis.report()));
    }

    /**
     * Answers from the analysis of the document's current version, off the protocol thread;
     * {@code whenClosed} when the document is not open or too large for the heap. A cancelled request stops before and after analysing.
     */
    private <R> CompletableFuture<R> onDocument(String uri, R whenClosed, BiFunction<OpenDocument, Analysis, R> answer) {
        return CompletableFutures.computeAsync(server.requests(), (CancelChecker cancel) -> {
            server.lifecycle().checkRunning();
            OpenDocument document = server.session().documents().get(uri);
            if (document == null) return whenClosed;
            cancel.checkCanceled();
            Optional<Analysis> analysis = server.session().analysed(document);
            if (analysis.isEmpty()) return whenClosed; // too large for the heap: its one diagnostic says so
            cancel.checkCanceled();
            return answer.apply(document, analysis.get());
        });
    }
}

package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.junit.jupiter.api.Test;

/**
 * What an editor should not send, over the protocol: requests on documents never opened, edits
 * out of the document's range, binary content. Each request is answered (a result or a JSON-RPC
 * error) and the server goes on checking the documents it has.
 */
class LspFaultTest {
    private static final String NOWHERE = "file:///nowhere/never-opened.txt";

    @Test
    void requestsOnADocumentNeverOpenedAreAnsweredAndTheServerGoesOn() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            TextDocumentService docs = lsp.server.getTextDocumentService();
            TextDocumentIdentifier nowhere = new TextDocumentIdentifier(NOWHERE);
            Range start = new Range(new Position(0, 0), new Position(0, 0));
            List<CompletableFuture<?>> requests = List.of(
                    docs.hover(new HoverParams(nowhere, new Position(0, 0))),
                    docs.documentSymbol(new DocumentSymbolParams(nowhere)),
                    docs.foldingRange(new FoldingRangeRequestParams(nowhere)),
                    docs.inlayHint(new InlayHintParams(nowhere, start)),
                    docs.formatting(new DocumentFormattingParams(nowhere, new FormattingOptions(4, true))),
                    docs.codeAction(new CodeActionParams(nowhere, start, new CodeActionContext(List.of()))));
            for (CompletableFuture<?> request : requests) assertAnswered(request);
            assertGoesOnChecking(lsp, "file:///after-unopened.txt");
        }
    }

    @Test
    void editsOutOfTheDocumentsRangeLeaveTheServerChecking() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = "file:///out-of-range.txt";
            lsp.open(uri, SampleFiles.text(SampleFiles.S004));
            lsp.client.awaitVersion(uri, 1, TIMEOUT);
            lsp.change(uri, 2, List.of(edit(100_000, 5, 100_001, 0, "远处")));
            lsp.change(uri, 3, List.of(edit(3, 50_000, 2, 0, "倒置")));
            lsp.change(uri, 4, List.of(edit(0, 0, 0, 0, "\uD800")));
            lsp.client.awaitVersion(uri, 4, TIMEOUT);
            lsp.replaceAll(uri, 5, SampleFiles.text(SampleFiles.S003));
            PublishDiagnosticsParams fresh = lsp.client.awaitVersion(uri, 5, TIMEOUT);
            assertThat(fresh.getDiagnostics()).anyMatch(d -> d.getCode().getLeft().equals("section-number"));
            assertGoesOnChecking(lsp, "file:///after-out-of-range.txt");
        }
    }

    @Test
    void binaryContentIsCheckedAsTextAndTheServerGoesOn() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            Random random = new Random(3);
            StringBuilder binary = new StringBuilder();
            for (int i = 0; i < 20_000; i++) binary.append((char) random.nextInt(0x10000));
            String uri = "file:///binary.txt";
            lsp.open(uri, binary.toString() + "\u0000\u0000");
            lsp.client.awaitVersion(uri, 1, TIMEOUT);
            assertAnswered(lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(0, 3))));
            assertAnswered(lsp.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
            assertGoesOnChecking(lsp, "file:///after-binary.txt");
        }
    }

    @Test
    void aThousandEditsInASecondEndInTheDiagnosticsOfTheLastText() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = "file:///typed.txt";
            String text = SampleFiles.text(SampleFiles.S003);
            String head = text.substring(0, text.length() - 1000);
            lsp.open(uri, head);
            for (int i = 0; i < 1000; i++) {
                lsp.change(uri, i + 2, List.of(new TextDocumentContentChangeEvent(text.substring(0, head.length() + i + 1))));
            }
            PublishDiagnosticsParams last = lsp.client.awaitVersion(uri, 1001, TIMEOUT);
            String reference = "file:///reference.txt";
            lsp.open(reference, text);
            PublishDiagnosticsParams expected = lsp.client.awaitVersion(reference, 1, TIMEOUT);
            assertThat(shown(last)).isEqualTo(shown(expected));
        }
    }

    /** Each diagnostic's range, code and message (its related places name its document). */
    private static List<String> shown(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().map(d -> d.getRange() + " " + d.getCode().getLeft() + " " + d.getMessage().getLeft()).toList();
    }

    private static TextDocumentContentChangeEvent edit(int startLine, int startChar, int endLine, int endChar, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(startLine, startChar), new Position(endLine, endChar)), text);
    }

    /** The request completes, with a result or a JSON-RPC error, not an exception of the transport. */
    private static void assertAnswered(CompletableFuture<?> request) throws Exception {
        try {
            LspFixture.get(request);
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ResponseErrorException.class);
        }
    }

    private static void assertGoesOnChecking(LspFixture lsp, String uri) throws Exception {
        lsp.open(uri, SampleFiles.text(SampleFiles.S003));
        assertThat(lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics()).isNotEmpty();
    }
}

package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gkreport.model.Report;
import gkreport.rules.Findings;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.Rules;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

/** initialize, shutdown and exit per the specification; a rule that throws; the editor process dying. */
class LifecycleProtocolTest {
    private static final String URI = SampleFiles.uri(SampleFiles.S003);

    @Test
    void requestsBeforeInitializeFailWithServerNotInitialized() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            assertThatThrownBy(() -> LspFixture.get(hover(lsp)))
                    .isInstanceOf(ExecutionException.class).cause().isInstanceOf(ResponseErrorException.class)
                    .satisfies(e -> assertThat(((ResponseErrorException) e).getResponseError().getCode())
                            .isEqualTo(ResponseErrorCode.ServerNotInitialized.getValue()));
            lsp.initialize();
        }
    }

    @Test
    void afterShutdownRequestsAreInvalidAndExitEndsWithZero() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            assertThat(LspFixture.get(lsp.server.shutdown())).isNull();
            assertThatThrownBy(() -> LspFixture.get(hover(lsp))).cause()
                    .satisfies(e -> assertThat(((ResponseErrorException) e).getResponseError().getCode())
                            .isEqualTo(ResponseErrorCode.InvalidRequest.getValue()));
            lsp.server.exit();
            assertThat(lsp.awaitExit()).isZero();
        }
    }

    @Test
    void exitWithoutShutdownEndsWithOne() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            lsp.server.exit();
            assertThat(lsp.awaitExit()).isEqualTo(1);
        }
    }

    @Test
    void aRuleThatThrowsIsLoggedAndTheOthersStillReport() throws Exception {
        List<Rule> rules = new ArrayList<>(Rules.all());
        rules.add(0, new Rule() {
            @Override
            public RuleId id() {
                return RuleId.PLAUSIBILITY;
            }

            @Override
            public void check(Report report, Findings out) {
                throw new IllegalStateException("boom");
            }
        });
        try (LspFixture lsp = new LspFixture(new Analyzer(rules), ParentProcessWatcher.DEFAULT_PERIOD_MS)) {
            lsp.initialize();
            String text = SampleFiles.text(SampleFiles.S003);
            lsp.open(URI, text);
            List<String> everyOtherRule = new Analyzer().analyze(text, Settings.DEFAULT).findings().stream()
                    .map(f -> f.rule().id()).filter(id -> !id.equals("plausibility")).toList();
            assertThat(everyOtherRule).contains("section-number", "unknown-row");
            assertThat(lsp.client.awaitVersion(URI, 1, TIMEOUT).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .containsExactlyElementsOf(everyOtherRule);
            var log = lsp.client.awaitLog(m -> m.getType() == MessageType.Error, TIMEOUT);
            assertThat(log.getMessage()).contains("plausibility", "boom", "已跳过");
        }
    }

    @Test
    void exitsWhenTheEditorProcessDies() throws Exception {
        Process editor = new ProcessBuilder("sleep", "60").start();
        try (LspFixture lsp = new LspFixture(new Analyzer(), 50)) {
            var params = LspFixture.params(null, null);
            params.setProcessId((int) editor.pid());
            lsp.initialize(params);
            editor.destroy();
            assertThat(lsp.awaitExit()).isEqualTo(1);
        } finally {
            editor.destroyForcibly();
        }
    }

    private static java.util.concurrent.CompletableFuture<org.eclipse.lsp4j.Hover> hover(LspFixture lsp) {
        return lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI), new Position(0, 0)));
    }
}

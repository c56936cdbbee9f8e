package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.Finding;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/** codeAction → apply the edit → didChange → the diagnostics are gone. */
class CodeActionProtocolTest {
    private static final String URI = SampleFiles.uri(SampleFiles.S003);
    private static final Range HEADING_4 = new Range(new Position(347, 0), new Position(347, 2));

    @Test
    void quickFixRenumbersTheHeadingAndItsDiagnosticGoes() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String text = SampleFiles.text(SampleFiles.S003);
            lsp.open(URI, text);
            List<Diagnostic> diagnostics = lsp.client.awaitVersion(URI, 1, TIMEOUT).getDiagnostics();
            Diagnostic heading4 = diagnostics.stream().filter(d -> d.getRange().equals(HEADING_4)).findFirst().orElseThrow();

            List<CodeAction> actions = actions(lsp, HEADING_4, List.of(heading4), null);
            CodeAction fix = actions.stream().filter(a -> a.getTitle().equals("改为“四、”")).findFirst().orElseThrow();
            assertThat(fix.getKind()).isEqualTo("quickfix");
            assertThat(fix.getIsPreferred()).isTrue();
            assertThat(fix.getDiagnostics()).containsExactly(heading4);
            assertThat(fix.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion()).isEqualTo(1);

            var edits = Edits.of(fix.getEdit(), URI);
            String fixed = Edits.apply(text, edits);
            assertThat(fixed.lines().toList().get(347)).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
            lsp.change(URI, 2, Edits.asChanges(text, edits));
            List<Diagnostic> after = lsp.client.awaitVersion(URI, 2, TIMEOUT).getDiagnostics();
            assertThat(after).noneMatch(d -> d.getRange().getStart().getLine() == 347);
            assertThat(after).anyMatch(d -> d.getCode().getLeft().equals("section-number") && d.getRange().getStart().getLine() == 394);
        }
    }

    @Test
    void fixAllOfTheRuleFixesBothHeadings() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String text = SampleFiles.text(SampleFiles.S003);
            lsp.open(URI, text);
            lsp.client.awaitVersion(URI, 1, TIMEOUT);
            CodeAction all = actions(lsp, HEADING_4, List.of(), null).stream()
                    .filter(a -> a.getTitle().equals("修复本文件中全部“section-number”问题（2 处）")).findFirst().orElseThrow();
            assertThat(all.getDiagnostics()).hasSize(2);
            var edits = Edits.of(all.getEdit(), URI);
            assertThat(edits).hasSize(2);
            lsp.change(URI, 2, Edits.asChanges(text, edits));
            assertThat(lsp.client.awaitVersion(URI, 2, TIMEOUT).getDiagnostics())
                    .noneMatch(d -> d.getCode().getLeft().equals("section-number"));
        }
    }

    @Test
    void sourceFixAllIsOfferedOnlyWhenAskedForAndFixesEverythingSafe() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String text = SampleFiles.text(SampleFiles.S003);
            lsp.open(URI, text);
            lsp.client.awaitVersion(URI, 1, TIMEOUT);
            Range start = new Range(new Position(0, 0), new Position(0, 0));
            assertThat(actions(lsp, start, List.of(), null)).isEmpty();
            List<CodeAction> source = actions(lsp, start, List.of(), List.of("source.fixAll"));
            assertThat(source).extracting(CodeAction::getKind).containsExactly("source.fixAll.gkreport");
            int fixable = (int) new Analyzer().analyze(text, Settings.DEFAULT).findings().stream().filter(Finding::fixable).count();
            assertThat(fixable).isGreaterThanOrEqualTo(2);
            assertThat(source.get(0).getTitle()).isEqualTo("修复全部可自动修复的问题（" + fixable + " 处）");
            String fixed = Edits.apply(text, Edits.of(source.get(0).getEdit(), URI));
            assertThat(new Analyzer().analyze(fixed, Settings.DEFAULT).findings()).noneMatch(Finding::fixable);
            lsp.replaceAll(URI, 2, fixed);
            assertThat(lsp.client.awaitVersion(URI, 2, TIMEOUT).getDiagnostics()).extracting(d -> d.getCode().getLeft())
                    .doesNotContain("section-number").contains("unknown-row");
            assertThat(actions(lsp, start, List.of(), List.of("source"))).isEmpty();
        }
    }

    @Test
    void setTotalIsOfferedForABrokenSumButNeverPreferredNorInFixAll() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S001);
            String text = SampleFiles.text(SampleFiles.S001).replace(
                    "\n0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                    "\n2 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |");
            lsp.open(uri, text);
            Diagnostic sum = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("sum-relation")).findFirst().orElseThrow();
            List<CodeAction> actions = actions(lsp, uri, sum.getRange(), List.of(sum), null);
            assertThat(actions).extracting(CodeAction::getTitle).containsExactly("将总计改为3");
            assertThat(actions.get(0).getIsPreferred()).isFalse();
            String fixed = Edits.apply(text, Edits.of(actions.get(0).getEdit(), uri));
            assertThat(fixed.lines().toList().get(63)).startsWith("2 | 1 | 0 | 0 | 3 |");
            assertThat(actions(lsp, uri, new Range(new Position(0, 0), new Position(0, 0)), List.of(), List.of("source.fixAll"))).isEmpty();
        }
    }

    private static List<CodeAction> actions(LspFixture lsp, Range range, List<Diagnostic> diagnostics, List<String> only) throws Exception {
        return actions(lsp, URI, range, diagnostics, only);
    }

    private static List<CodeAction> actions(LspFixture lsp, String uri, Range range, List<Diagnostic> diagnostics, List<String> only)
            throws Exception {
        CodeActionContext context = new CodeActionContext(diagnostics);
        context.setOnly(only);
        List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = LspFixture.get(lsp.server.getTextDocumentService()
                .codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)));
        return result.stream().map(Either::getRight).toList();
    }
}

package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.Finding;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** initialize → didOpen → publishDiagnostics; didChange; didClose — over the protocol. */
class DiagnosticsProtocolTest {
    static Stream<String> samples() {
        return SampleFiles.names().stream();
    }

    @Test
    void announcesIncrementalSyncUtf16AndEveryFeature() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            InitializeResult result = lsp.initialize();
            var c = result.getCapabilities();
            assertThat(c.getTextDocumentSync().getRight().getChange()).isEqualTo(TextDocumentSyncKind.Incremental);
            assertThat(c.getPositionEncoding()).isEqualTo("utf-16");
            assertThat(c.getCodeActionProvider().getRight().getCodeActionKinds()).containsExactly("quickfix", "source.fixAll.gkreport");
            assertThat(c.getHoverProvider().getLeft()).isTrue();
            assertThat(c.getDocumentSymbolProvider().getLeft()).isTrue();
            assertThat(c.getFoldingRangeProvider().getLeft()).isTrue();
            assertThat(c.getInlayHintProvider().getLeft()).isTrue();
            assertThat(c.getDocumentFormattingProvider().getLeft()).isTrue();
            assertThat(result.getServerInfo().getName()).isEqualTo("gkreport");
        }
    }

    @Test
    void publishesSectionNumberErrorsOfSample003WithRuleCodeAndDocLink() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S003);
            lsp.open(uri, SampleFiles.text(SampleFiles.S003));
            PublishDiagnosticsParams published = lsp.client.awaitVersion(uri, 1, TIMEOUT);
            List<Diagnostic> numbering = published.getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("section-number")).toList();
            assertThat(numbering).extracting(Diagnostic::getRange).containsExactly(
                    new Range(new Position(347, 0), new Position(347, 2)),
                    new Range(new Position(394, 0), new Position(394, 2)));
            Diagnostic first = numbering.get(0);
            assertThat(first.getSource()).isEqualTo("gkreport");
            assertThat(first.getSeverity()).isEqualTo(DiagnosticSeverity.Error);
            assertThat(first.getMessage().getLeft()).isEqualTo("标题序号“4、”有误，“政府信息公开行政复议、行政诉讼情况”应编为“四、”");
            assertThat(first.getCodeDescription().getHref()).startsWith("file:").endsWith("/docs/rules/section-number.md");
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void publishesExactlyTheFindingsOfTheAnalysis(String sample) throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(sample);
            String text = SampleFiles.text(sample);
            lsp.open(uri, text);
            List<Diagnostic> diagnostics = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics();
            var analysis = new Analyzer().analyze(text, Settings.DEFAULT);
            assertThat(diagnostics).extracting(d -> d.getCode().getLeft())
                    .containsExactlyElementsOf(analysis.findings().stream().map(f -> f.rule().id()).toList());
            assertThat(diagnostics).extracting(Diagnostic::getRange).containsExactlyElementsOf(analysis.findings().stream()
                    .map((Finding f) -> Positions.range(analysis.report().source(), f.range())).toList());
        }
    }

    @Test
    void sampleFindingsAsTheBriefStatesThem() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            assertThat(codes(lsp, SampleFiles.S000)).filteredOn(c -> c.startsWith("row-") || c.endsWith("-cells"))
                    .containsExactly("row-missing", "row-missing");
            assertThat(codes(lsp, SampleFiles.S002)).filteredOn(c -> c.startsWith("row-") || c.endsWith("-cells"))
                    .containsExactly("missing-cells", "missing-cells");
            assertThat(codes(lsp, SampleFiles.S003)).filteredOn(c -> c.startsWith("section-")).containsExactly("section-number", "section-number");
            for (String sample : SampleFiles.names()) assertThat(codes(lsp, sample)).doesNotContain("sum-relation");
        }
    }

    @Test
    void aChangeThatBreaksASumBringsASumRelationDiagnosticWithTheOperandCells() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S001);
            String text = SampleFiles.text(SampleFiles.S001);
            lsp.open(uri, text);
            lsp.client.awaitVersion(uri, 1, TIMEOUT);
            // 表四: 行政复议 结果维持 0 → 3, so its 总计 (0) no longer adds up.
            int line = 63;
            lsp.change(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(new Position(line, 0), new Position(line, 1)), "3")));
            List<Diagnostic> sums = lsp.client.awaitVersion(uri, 2, TIMEOUT).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("sum-relation")).toList();
            assertThat(sums).hasSize(1);
            Diagnostic sum = sums.get(0);
            assertThat(sum.getMessage().getLeft()).contains("行政复议", "3", "但“总计”填写0");
            assertThat(sum.getRange()).isEqualTo(new Range(new Position(line, 16), new Position(line, 17)));
            assertThat(sum.getRelatedInformation()).hasSize(4);
            assertThat(sum.getRelatedInformation().get(0).getLocation().getUri()).isEqualTo(uri);
            assertThat(sum.getRelatedInformation().get(0).getLocation().getRange())
                    .isEqualTo(new Range(new Position(line, 0), new Position(line, 1)));
            assertThat(sum.getRelatedInformation().get(0).getMessage()).endsWith("：3");
        }
    }

    @Test
    void countsColumnsInUtf16CodeUnitsAfterASupplementaryCharacter() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S001);
            // Two 𠀀 (each two UTF-16 units) before the label; the row's 总计 no longer adds up.
            String text = SampleFiles.text(SampleFiles.S001).replace(
                    "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |",
                    "𠀀𠀀一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 5 |");
            lsp.open(uri, text);
            Diagnostic totalColumn = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics().stream()
                    .filter(d -> d.getMessage().getLeft().startsWith("表三“一、本年新收政府信息公开申请数量”行")).findFirst().orElseThrow();
            String line = text.lines().toList().get(36);
            int utf16 = line.indexOf("5 |");
            assertThat(totalColumn.getRange()).isEqualTo(new Range(new Position(36, utf16), new Position(36, utf16 + 1)));
            assertThat(line.codePointCount(0, utf16)).isEqualTo(utf16 - 2);
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S003);
            lsp.open(uri, SampleFiles.text(SampleFiles.S003));
            lsp.client.awaitVersion(uri, 1, TIMEOUT);
            lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
            lsp.client.awaitDiagnostics(uri, p -> p.getVersion() == null && p.getDiagnostics().isEmpty(), TIMEOUT);
        }
    }

    private static List<String> codes(LspFixture lsp, String sample) throws InterruptedException {
        String uri = SampleFiles.uri(sample);
        lsp.open(uri, SampleFiles.text(sample));
        return lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
    }
}

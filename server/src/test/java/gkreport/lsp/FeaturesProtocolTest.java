package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.Report;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentFormattingParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.FormattingOptions;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InlayHint;
import org.eclipse.lsp4j.InlayHintParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** hover, documentSymbol, foldingRange, inlayHint and formatting on the five samples, over the protocol. */
class FeaturesProtocolTest {
    static Stream<String> samples() {
        return SampleFiles.names().stream();
    }

    @ParameterizedTest
    @MethodSource("samples")
    void hoverOnTheTotalOfTable3ListsItsRelations(String sample) throws Exception {
        try (LspFixture lsp = opened(sample)) {
            Report report = report(sample);
            var total = report.table3().row("R3.7").orElseThrow().cell(6);
            Hover hover = hover(lsp, sample, Positions.position(report.source(), total.range().start()));
            String text = hover.getContents().getRight().getValue();
            assertThat(text).startsWith("**表三“（七）总计”行“总计”列**：`" + total.source().text() + "`")
                    .contains("表三勾稽关系（“总计”列）", "“（七）总计”（“总计”列）", "“（七）总计”行“总计”");
            assertThat(text.lines().filter(l -> l.startsWith("- "))).hasSize(3);
            assertThat(hover.getRange()).isEqualTo(Positions.range(report.source(), total.range()));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void outlineHasTheSixSectionsTheirTablesAndTheBlocksOfTable2(String sample) throws Exception {
        try (LspFixture lsp = opened(sample)) {
            Report report = report(sample);
            List<Either<org.eclipse.lsp4j.SymbolInformation, DocumentSymbol>> symbols = LspFixture.get(lsp.server.getTextDocumentService()
                    .documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(SampleFiles.uri(sample)))));
            DocumentSymbol root = symbols.get(0).getRight();
            assertThat(root.getName()).contains("年", "报告");
            assertThat(root.getDetail()).isEqualTo(report.year().orElseThrow() + "年度 · " + report.template().id() + "年格式");
            assertThat(root.getChildren()).hasSize(6);
            assertThat(root.getChildren().get(1).getChildren()).extracting(DocumentSymbol::getName).containsExactly("表二");
            assertThat(root.getChildren().get(2).getChildren()).extracting(DocumentSymbol::getName).containsExactly("表三");
            assertThat(root.getChildren().get(3).getChildren()).extracting(DocumentSymbol::getName).containsExactly("表四");
            List<DocumentSymbol> blocks = root.getChildren().get(1).getChildren().get(0).getChildren();
            assertThat(blocks).hasSize(report.table2().blocks().size())
                    .allSatisfy(b -> assertThat(b.getName()).matches("第二十条第[（(][一五六八九][）)]项.*"));
            assertNested(root);
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void foldsEverySectionAndTable(String sample) throws Exception {
        try (LspFixture lsp = opened(sample)) {
            Report report = report(sample);
            List<FoldingRange> ranges = LspFixture.get(lsp.server.getTextDocumentService()
                    .foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(SampleFiles.uri(sample)))));
            List<Integer> starts = ranges.stream().map(FoldingRange::getStartLine).toList();
            for (var section : report.sections()) {
                if (!section.body().isEmpty()) assertThat(starts).contains(section.heading().line().line());
            }
            assertThat(starts).contains(report.source().lineOf(report.table2().syntax().range().start()),
                    report.source().lineOf(report.table3().syntax().range().start()),
                    report.source().lineOf(report.table4().syntax().range().start()));
            assertThat(ranges).allSatisfy(r -> assertThat(r.getEndLine()).isGreaterThan(r.getStartLine()));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void inlaySumsStandBesideTheTotalsAndAgreeWithThem(String sample) throws Exception {
        try (LspFixture lsp = opened(sample)) {
            Report report = report(sample);
            List<InlayHint> hints = inlayHints(lsp, sample, report);
            assertThat(hints).isNotEmpty().allSatisfy(h -> assertThat(h.getLabel().getLeft()).matches("Σ[↓→]? [0-9.]+"));
            var table4Total = report.table4().data().cell(4);
            assertThat(hints).anySatisfy(h -> {
                assertThat(h.getPosition()).isEqualTo(Positions.position(report.source(), table4Total.range().end()));
                assertThat(h.getLabel().getLeft()).isEqualTo("Σ " + table4Total.number().toPlainString());
            });
            var corner = report.table3().row("R3.7").orElseThrow().cell(6);
            assertThat(hints.stream().filter(h -> h.getPosition().equals(Positions.position(report.source(), corner.range().end()))))
                    .extracting(h -> h.getLabel().getLeft().substring(0, 2)).containsExactlyInAnyOrder("Σ↓", "Σ→");
        }
    }

    @Test
    void inlaySumIsMarkedWhereItDiffersFromTheWrittenTotal() throws Exception {
        String text = SampleFiles.text(SampleFiles.S000).replace("\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n",
                "\t7\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n\t0\n");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S000);
            lsp.open(uri, text);
            lsp.client.awaitVersion(uri, 1, TIMEOUT);
            Report report = new Analyzer().analyze(text, Settings.DEFAULT).report();
            InlayHint hint = inlayHints(lsp, SampleFiles.S000, report).stream()
                    .filter(h -> h.getLabel().getLeft().endsWith("✗")).findFirst().orElseThrow();
            assertThat(hint.getLabel().getLeft()).isEqualTo("Σ 7 ✗");
            assertThat(hint.getTooltip().getLeft()).isEqualTo("由 4 个单元格计算得 7，但填写“0”");
            assertThat(hint.getPosition()).isEqualTo(Positions.position(report.source(), report.table4().data().cell(4).range().end()));
        }
    }

    @ParameterizedTest
    @MethodSource("samples")
    void formattingKeepsEveryFindingAndIsStable(String sample) throws Exception {
        try (LspFixture lsp = opened(sample)) {
            String uri = SampleFiles.uri(sample);
            String text = SampleFiles.text(sample);
            List<String> before = findings(lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics());
            List<? extends TextEdit> edits = format(lsp, uri);
            assertThat(edits).isNotEmpty();
            String formatted = Edits.apply(text, edits);
            lsp.change(uri, 2, Edits.asChanges(text, edits));
            assertThat(findings(lsp.client.awaitVersion(uri, 2, TIMEOUT).getDiagnostics())).isEqualTo(before);
            assertThat(format(lsp, uri)).isEmpty();
            assertThat(formatted).startsWith("# ").contains("\n## 三、收到和处理政府信息公开申请情况\n");
        }
    }

    @Test
    void hoverOnAMisnumberedHeadingGivesTheExpectedNumeralAndTitle() throws Exception {
        try (LspFixture lsp = opened(SampleFiles.S003)) {
            Hover hover = hover(lsp, SampleFiles.S003, new Position(347, 5));
            assertThat(hover.getContents().getRight().getValue()).isEqualTo("""
                    **第四部分**

                    格式要求：`四、政府信息公开行政复议、行政诉讼情况`

                    本文写作：`4、 政府信息公开行政复议、行政诉讼情况`""");
            assertThat(hover(lsp, SampleFiles.S003, new Position(3, 5))).isNull();
        }
    }

    /** Rule, severity and message of each diagnostic; for year-mismatch, which quotes a source line, not the quote. */
    private static List<String> findings(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> d.getCode().getLeft() + " " + d.getSeverity()
                + (d.getCode().getLeft().equals("year-mismatch") ? "" : " " + d.getMessage().getLeft())).toList();
    }

    private static void assertNested(DocumentSymbol parent) {
        for (DocumentSymbol child : parent.getChildren()) {
            assertThat(contains(parent.getRange(), child.getRange())).as(child.getName()).isTrue();
            assertThat(contains(child.getRange(), child.getSelectionRange())).as(child.getName()).isTrue();
            if (child.getChildren() != null) assertNested(child);
        }
    }

    private static boolean contains(Range outer, Range inner) {
        return compare(outer.getStart(), inner.getStart()) <= 0 && compare(inner.getEnd(), outer.getEnd()) <= 0;
    }

    private static int compare(Position a, Position b) {
        return a.getLine() != b.getLine() ? Integer.compare(a.getLine(), b.getLine()) : Integer.compare(a.getCharacter(), b.getCharacter());
    }

    private static LspFixture opened(String sample) throws Exception {
        LspFixture lsp = new LspFixture();
        lsp.initialize();
        lsp.open(SampleFiles.uri(sample), SampleFiles.text(sample));
        return lsp;
    }

    private static Report report(String sample) {
        return new Analyzer().analyze(SampleFiles.text(sample), Settings.DEFAULT).report();
    }

    private static Hover hover(LspFixture lsp, String sample, Position position) throws Exception {
        return LspFixture.get(lsp.server.getTextDocumentService()
                .hover(new HoverParams(new TextDocumentIdentifier(SampleFiles.uri(sample)), position)));
    }

    private static List<InlayHint> inlayHints(LspFixture lsp, String sample, Report report) throws Exception {
        Range all = Positions.range(report.source(), new gkreport.grammar.TextRange(0, report.source().length()));
        return LspFixture.get(lsp.server.getTextDocumentService()
                .inlayHint(new InlayHintParams(new TextDocumentIdentifier(SampleFiles.uri(sample)), all)));
    }

    private static List<? extends TextEdit> format(LspFixture lsp, String uri) throws Exception {
        return LspFixture.get(lsp.server.getTextDocumentService()
                .formatting(new DocumentFormattingParams(new TextDocumentIdentifier(uri), new FormattingOptions(4, true))));
    }
}

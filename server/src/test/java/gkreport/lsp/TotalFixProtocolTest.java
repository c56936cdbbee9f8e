package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.Report;
import gkreport.model.Table3Spec;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.testkit.Check;
import gkreport.testkit.Corpus;
import gkreport.testkit.Mutate;
import gkreport.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

/**
 * 「将总计改为 N」 on corpus report 011 (OCR Markdown, table 三 in the 2021 format, every sum holding):
 * offered only when N mends every relation through the cell; otherwise the hover says which
 * relations ask different values of it. And the hover on a number lists its relations before the
 * cells they add up.
 */
class TotalFixProtocolTest {
    private static final String URI = Corpus.path("011.txt").toAbsolutePath().toUri().toString();
    private static final String TEXT = Corpus.text("011");

    @Test
    void aWrongTotalIsFixedByTheOfferedValueAndTheFixedTextHasNoBrokenSum() throws Exception {
        Mutate m = Mutate.of(TEXT);
        DataCell total = m.table3Cell("R3.7", 6);
        assertThat(total.source().text()).isEqualTo("718");
        String text = m.setCell(total, "719");
        try (LspFixture lsp = opened(text)) {
            List<Diagnostic> sums = sumDiagnostics(lsp);
            assertThat(sums).hasSize(3);
            List<CodeAction> actions = actions(lsp, sums);
            assertThat(actions).extracting(CodeAction::getTitle).containsExactly("将总计改为718");
            assertThat(actions.get(0).getDiagnostics()).hasSize(2);
            String fixed = Edits.apply(text, Edits.of(actions.get(0).getEdit(), URI));
            assertThat(fixed).isEqualTo(TEXT);
            assertThat(new Analyzer().analyze(fixed, Settings.DEFAULT).findings()).noneMatch(f -> f.rule().id().equals("sum-relation"));
        }
    }

    @Test
    void noTotalIsProposedWhenTheRelationsThroughItAskDifferentValuesAndTheHoverSaysWhich() throws Exception {
        Mutate m = Mutate.of(TEXT);
        DataCell part = m.table3Cell("R3.1", 0);
        String text = m.setCell(part, part.number().add(BigDecimal.TEN).toPlainString());
        Check check = Check.text(text);
        assertThat(check.findings("sum-relation")).extracting(check::message).containsExactly(
                "表三“（一）予以公开”行：自然人（" + part.number().add(BigDecimal.TEN).toPlainString() + "）+商业企业（"
                        + m.table3Cell("R3.1", 1).source().text() + "）+科研机构（0）+社会公益组织（0）+法律服务机构（"
                        + m.table3Cell("R3.1", 4).source().text() + "）+其他（0）=" + m.table3Cell("R3.1", 6).number().add(BigDecimal.TEN)
                        + "，但“总计”填写" + m.table3Cell("R3.1", 6).source().text(),
                "表三“自然人”列：（一）至（六）各项之和为720，但“（七）总计”填写710");
        assertThat(check.findings("sum-relation")).allMatch(f -> f.fix() == null);
        try (LspFixture lsp = opened(text)) {
            List<Diagnostic> sums = sumDiagnostics(lsp);
            assertThat(sums).hasSize(2);
            assertThat(actions(lsp, sums)).isEmpty();
            Report report = check.report();
            DataCell total = report.table3().row("R3.7").orElseThrow().cell(0);
            String hover = hover(lsp, report, total);
            assertThat(hover).contains("经过此格的关系对它要求的值不同，未提供自动修改："
                    + "“自然人”列的勾稽关系要求 710；“自然人”列的“（七）总计”要求 720；“（七）总计”行的“总计”要求 710");
            String english = HoverProvider.hover(report, total.range().start(), Messages.EN).orElseThrow().getContents().getRight().getValue();
            assertThat(english).contains("The relations through this cell require different values of it, so no change is offered: "
                    + "the balance of column \"自然人\" requires 710; the \"(7) total\" of column \"自然人\" requires 720; "
                    + "the \"total\" of row \"（七）总计\" requires 710");
        }
    }

    @Test
    void theHoverOnANumberGivesItsRelationsBeforeTheCellsTheyAddUp() throws Exception {
        Mutate m = Mutate.of(TEXT);
        DataCell part = m.table3Cell("R3.1", 0);
        String text = m.setCell(part, part.number().add(BigDecimal.TEN).toPlainString());
        Report report = Check.text(text).report();
        try (LspFixture lsp = opened(text)) {
            List<String> lines = hover(lsp, report, report.table3().row("R3.7").orElseThrow().cell(0)).lines().toList();
            assertThat(lines.get(0)).isEqualTo("**表三“（七）总计”行“自然人”列**：`710`");
            List<String> relations = lines.stream().filter(l -> l.startsWith("- ✓") || l.startsWith("- ✗")).toList();
            assertThat(relations).hasSize(3);
            int operands = lines.indexOf("不成立的关系中的其他单元格：");
            assertThat(lines.indexOf(relations.get(2))).isLessThan(operands);
            List<String> cells = lines.subList(operands + 1, lines.size());
            assertThat(cells).hasSize(Table3Spec.outcomeRows(report.table3().version()).size()).allMatch(l -> l.startsWith("- 表三“") && l.contains("”行“自然人”列："));
            assertThat(cells.get(0)).isEqualTo("- 表三“（一）予以公开”行“自然人”列：" + part.number().add(BigDecimal.TEN).toPlainString());
        }
    }

    private static LspFixture opened(String text) throws Exception {
        LspFixture lsp = new LspFixture();
        lsp.initialize();
        lsp.open(URI, text);
        return lsp;
    }

    private static List<Diagnostic> sumDiagnostics(LspFixture lsp) throws InterruptedException {
        return lsp.client.awaitVersion(URI, 1, TIMEOUT).getDiagnostics().stream()
                .filter(d -> d.getCode().getLeft().equals("sum-relation")).toList();
    }

    /** The quick fixes the light bulb shows on each of the diagnostics, as the editor asks for them. */
    private static List<CodeAction> actions(LspFixture lsp, List<Diagnostic> diagnostics) throws Exception {
        List<CodeAction> all = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            CodeActionContext context = new CodeActionContext(List.of(d));
            List<Either<org.eclipse.lsp4j.Command, CodeAction>> result = LspFixture.get(lsp.server.getTextDocumentService()
                    .codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), d.getRange(), context)));
            for (var action : result) {
                if (all.stream().noneMatch(a -> a.getTitle().equals(action.getRight().getTitle()))) all.add(action.getRight());
            }
        }
        return all.stream().filter(a -> !a.getTitle().startsWith("修复本文件")).toList();
    }

    private static String hover(LspFixture lsp, Report report, DataCell cell) throws Exception {
        return LspFixture.get(lsp.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(URI),
                Positions.position(report.source(), cell.range().start())))).getContents().getRight().getValue();
    }
}

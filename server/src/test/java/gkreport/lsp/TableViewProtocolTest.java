package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.GsonBuilder;
import gkreport.grammar.SourceText;
import gkreport.testkit.Corpus;
import gkreport.testkit.PdfCorpus;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CodeLens;
import org.eclipse.lsp4j.CodeLensParams;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code gkreport.tableView} and the 「以表格查看」 code lenses on the samples in their three text forms
 * (004 one cell per line, 001 pipe rows, 002 tab rows) and on a PDF imported over the protocol.
 */
class TableViewProtocolTest {
    private static final String S004 = SampleFiles.text(SampleFiles.S004);
    /** 0-based line of the 「行政复议」 总计 cell of sample 004's table 四. */
    private static final int S004_REVIEW_TOTAL_LINE = 387;

    @TempDir
    Path dir;

    @Test
    void theTikaFormShowsItsThreeTablesAsGridsWithEveryRelationHolding() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            String uri = open(lsp, SampleFiles.S004, S004);
            JsonObject view = tableView(lsp, uri);
            assertThat(view.get("version").getAsInt()).isEqualTo(1);
            assertThat(view.get("template").getAsString()).isEqualTo("2021");
            SourceText source = new SourceText(S004);

            JsonObject t2 = table(view, "表二");
            assertThat(t2.get("status").getAsString()).isEqualTo("read");
            assertThat(caption(source, t2)).isEqualTo("二、主动公开政府信息情况");
            assertThat(strings(t2.getAsJsonArray("blocks"), b -> b.get("caption").getAsString()))
                    .containsExactly("第二十条第（一）项", "第二十条第（五）项", "第二十条第（六）项", "第二十条第（八）项");
            JsonObject block1 = t2.getAsJsonArray("blocks").get(0).getAsJsonObject();
            assertThat(block1.getAsJsonArray("columns").toString()).isEqualTo("[[\"本年制发件数\"],[\"本年废止件数\"],[\"现行有效件数\"]]");
            assertThat(strings(block1.getAsJsonArray("rows"), r -> r.get("label").getAsString())).containsExactly("规章", "行政规范性文件");
            assertThat(t2.getAsJsonArray("relations")).isEmpty();

            JsonObject t3 = table(view, "表三");
            assertThat(caption(source, t3)).isEqualTo("三、收到和处理政府信息公开申请情况");
            JsonArray rows = rows(t3);
            assertThat(rows).hasSize(25);
            JsonObject first = rows.get(0).getAsJsonObject();
            assertThat(first.get("label").getAsString()).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(slice(source, first.get("labelRange"))).isEqualTo("一、本年新收政府信息公开申请数量");
            assertThat(startLine(first)).isEqualTo(77);
            JsonObject natural = cell(rows, 0, 0);
            assertThat(natural.get("text").getAsString()).isEqualTo("0");
            assertThat(natural.get("number").getAsInt()).isZero();
            assertThat(startLine(natural)).isEqualTo(78);
            assertThat(slice(source, natural.get("range"))).isEqualTo("0");
            JsonObject withheld = rows.get(4).getAsJsonObject();
            assertThat(withheld.get("label").getAsString()).isEqualTo("1.属于国家秘密");
            assertThat(withheld.get("groups").toString()).isEqualTo("[\"三、本年度办理结果\",\"（三）不予公开\"]");
            assertThat(t3.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonArray("columns").get(1).toString())
                    .isEqualTo("[\"申请人情况\",\"法人或其他组织\",\"商业企业\"]");
            // 7 columns × (balance + total row) + the total column of each of the 25 rows
            assertThat(relations(t3)).hasSize(7 + 7 + 25).allSatisfy(r -> assertThat(r.get("holds").getAsBoolean()).isTrue());

            JsonObject t4 = table(view, "表四");
            assertThat(caption(source, t4)).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
            assertThat(rows(t4)).hasSize(1);
            assertThat(rows(t4).get(0).getAsJsonObject().getAsJsonArray("cells")).hasSize(15);
            assertThat(relations(t4)).extracting(r -> r.get("scope").getAsString())
                    .containsExactly("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
        }
    }

    @Test
    void aMutatedTotalShowsBrokenOnExactlyTheRelationsItTotals() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            String uri = open(lsp, SampleFiles.S004, S004);
            lsp.replaceAll(uri, 2, withLine(S004, S004_REVIEW_TOTAL_LINE, "\t3"));
            JsonObject view = tableView(lsp, uri);
            assertThat(view.get("version").getAsInt()).isEqualTo(2);

            JsonObject t4 = table(view, "表四");
            List<JsonObject> broken = relations(t4).stream().filter(r -> !r.get("holds").getAsBoolean()).toList();
            assertThat(broken).hasSize(1);
            JsonObject review = broken.get(0);
            assertThat(review.get("scope").getAsString()).isEqualTo("行政复议");
            assertThat(review.get("written").getAsString()).isEqualTo("3");
            assertThat(review.get("computed").getAsString()).isEqualTo("0");
            assertThat(review.get("status").getAsString()).isEqualTo("✗ 不成立");
            assertThat(review.get("description").getAsString()).isEqualTo("表四“行政复议”总计：四项结果之和为 0，填写 3");
            assertThat(review.getAsJsonArray("totals").get(0).getAsJsonObject().get("column").getAsInt()).isEqualTo(4);
            JsonArray cells = rows(t4).get(0).getAsJsonObject().getAsJsonArray("cells");
            List<Integer> flagged = new ArrayList<>();
            for (int c = 0; c < cells.size(); c++) if (cells.get(c).getAsJsonObject().get("broken").getAsBoolean()) flagged.add(c);
            assertThat(flagged).containsExactly(0, 1, 2, 3, 4);
            JsonObject total = cells.get(4).getAsJsonObject();
            assertThat(total.get("total").getAsBoolean()).isTrue();
            assertThat(startLine(total)).isEqualTo(S004_REVIEW_TOTAL_LINE);
            assertThat(relations(table(view, "表三"))).allSatisfy(r -> assertThat(r.get("holds").getAsBoolean()).isTrue());

            // The corner of table 三 totals three relations: its column's balance, its column's total, its row's total.
            String corner = withLine(S004, 332, "\t9");
            lsp.replaceAll(uri, 3, corner);
            List<String> broken3 = relations(table(tableView(lsp, uri), "表三")).stream().filter(r -> !r.get("holds").getAsBoolean())
                    .map(r -> r.get("kind").getAsString() + " " + r.get("scope").getAsString()).toList();
            assertThat(broken3).containsExactly("T3-balance 总计", "T3-total-row 总计", "T3-total-col （七）总计");
        }
    }

    @Test
    void thePipeFormHasItsCellsWhereTheyAreWritten() throws Exception {
        String text = SampleFiles.text(SampleFiles.S001);
        try (LspFixture lsp = new LspFixture()) {
            String uri = open(lsp, SampleFiles.S001, text);
            JsonObject view = tableView(lsp, uri);
            SourceText source = new SourceText(text);
            JsonObject t2 = table(view, "表二");
            assertThat(t2.getAsJsonArray("blocks")).hasSize(5);
            JsonObject purchase = t2.getAsJsonArray("blocks").get(4).getAsJsonObject();
            JsonObject amount = cell(purchase.getAsJsonArray("rows"), 0, 1);
            assertThat(amount.get("number").getAsInt()).isEqualTo(60);
            assertThat(startLine(amount)).isEqualTo(31);
            assertThat(slice(source, amount.get("range"))).isEqualTo("60");

            JsonObject t3 = table(view, "表三");
            JsonArray rows = rows(t3);
            assertThat(strings(rows, r -> r.get("label").getAsString())).startsWith("一、本年新收政府信息公开申请数量",
                    "二、上年结转政府信息公开申请数量", "（一）予以公开").endsWith("（七）总计", "四、结转下年度继续办理");
            JsonObject carried = rows.get(rows.size() - 1).getAsJsonObject();
            assertThat(startLine(carried)).isEqualTo(58);
            assertThat(slice(source, carried.get("range"))).startsWith("四、结转下年度继续办理 | 0 |");
            assertThat(relations(t3)).allSatisfy(r -> assertThat(r.get("holds").getAsBoolean()).isTrue());
            assertThat(caption(source, table(view, "表四"))).isEqualTo("四、政府信息公开行政复议、行政诉讼情况");
        }
    }

    @Test
    void theTabFormShowsItsBlankAndMissingCellsAndTheirRelationsAsNotComputed() throws Exception {
        String text = SampleFiles.text(SampleFiles.S002);
        try (LspFixture lsp = new LspFixture()) {
            String uri = open(lsp, SampleFiles.S002, text);
            JsonObject t3 = table(tableView(lsp, uri), "表三");
            JsonObject published = rows(t3).asList().stream().map(JsonElement::getAsJsonObject)
                    .filter(r -> r.get("label").getAsString().equals("（一）予以公开")).findFirst().orElseThrow();
            // 「(一) 予以公开」 then six tabs and 0: the value is the 总计, read from the right, and five cells are blank.
            List<String> kinds = published.getAsJsonArray("cells").asList().stream().map(JsonElement::getAsJsonObject)
                    .map(c -> c.get("absent").getAsBoolean() ? "absent" : c.get("blank").getAsBoolean() ? "blank"
                            : c.get("text").getAsString()).toList();
            assertThat(kinds).containsExactly("absent", "blank", "blank", "blank", "blank", "blank", "0");
            JsonObject missing = published.getAsJsonArray("cells").get(0).getAsJsonObject();
            assertThat(missing.has("number")).as("null is sent, not left out").isTrue();
            assertThat(missing.get("number").isJsonNull()).isTrue();
            assertThat(missing.get("text").isJsonNull()).isTrue();
            JsonObject ownTotal = relations(t3).stream().filter(r -> r.get("kind").getAsString().equals("T3-total-col")
                    && r.get("scope").getAsString().equals("（一）予以公开")).findFirst().orElseThrow();
            assertThat(ownTotal.get("holds").isJsonNull()).isTrue();
            assertThat(ownTotal.get("computed").isJsonNull()).isTrue();
        }
    }

    @Test
    void anImportedPdfShowsBrokenTheSumsTheDiagnosticsReport() throws Exception {
        Path pdf = PdfCorpus.path("hzq2023").toAbsolutePath();
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            Object imported = LspFixture.get(lsp.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("gkreport.importDocx", List.of(pdf.toString()))));
            String text = imported instanceof JsonElement e ? e.getAsString() : (String) imported;
            String uri = dir.resolve("hzq2023.md").toUri().toString();
            lsp.open(uri, text);
            List<Diagnostic> sums = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics().stream()
                    .filter(d -> d.getCode().getLeft().equals("sum-relation")).toList();
            JsonObject view = tableView(lsp, uri);
            SourceText source = new SourceText(text);
            List<String> brokenTotals = new ArrayList<>();
            for (JsonElement t : view.getAsJsonArray("tables")) {
                JsonObject table = t.getAsJsonObject();
                assertThat(table.get("status").getAsString()).as(table.get("table").getAsString()).isEqualTo("read");
                for (JsonObject r : relations(table)) {
                    if (r.get("holds").isJsonNull() || r.get("holds").getAsBoolean()) continue;
                    JsonObject ref = r.getAsJsonArray("totals").get(0).getAsJsonObject();
                    JsonObject total = table.getAsJsonArray("blocks").get(ref.get("block").getAsInt()).getAsJsonObject()
                            .getAsJsonArray("rows").get(ref.get("row").getAsInt()).getAsJsonObject()
                            .getAsJsonArray("cells").get(ref.get("column").getAsInt()).getAsJsonObject();
                    assertThat(total.get("broken").getAsBoolean()).isTrue();
                    assertThat(slice(source, total.get("range"))).isEqualTo(total.get("text").getAsString());
                    brokenTotals.add(position(total.getAsJsonObject("range")));
                }
            }
            assertThat(sums).hasSize(2);
            assertThat(brokenTotals).containsExactlyInAnyOrderElementsOf(sums.stream()
                    .map(d -> d.getRange().getStart().getLine() + ":" + d.getRange().getStart().getCharacter()).toList());
        }
    }

    @Test
    void aTableThatCannotBeReadIsSentAsUnreadableWithItsReasonNotGuessed() throws Exception {
        String text = Corpus.text("008");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = dir.resolve("008.txt").toUri().toString();
            lsp.open(uri, text);
            JsonObject view = tableView(lsp, uri);
            assertThat(table(view, "表二").get("status").getAsString()).isEqualTo("read");
            for (String name : List.of("表三", "表四")) {
                JsonObject t = table(view, name);
                assertThat(t.get("status").getAsString()).isEqualTo("unreadable");
                assertThat(t.get("reason").getAsString()).startsWith(name + "的标题、表头或项目名称在此").contains("未能读出" + name);
                assertThat(t.getAsJsonArray("blocks")).isEmpty();
                assertThat(t.getAsJsonArray("relations")).isEmpty();
            }
            List<CodeLens> lenses = lenses(lsp, uri);
            assertThat(lenses).extracting(l -> l.getCommand().getArguments().get(1).toString()).contains("\"表三\"", "\"表四\"");
        }
    }

    @Test
    void aLensAboveEachTableCaptionOpensTheTableView() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            assertThat(lsp.initialize().getCapabilities().getCodeLensProvider()).isNotNull();
            String uri = SampleFiles.uri(SampleFiles.S004);
            lsp.open(uri, S004);
            List<CodeLens> lenses = lenses(lsp, uri);
            assertThat(lenses).extracting(l -> l.getRange().getStart().getLine()).containsExactly(10, 57, 344);
            assertThat(lenses).allSatisfy(l -> {
                assertThat(l.getCommand().getTitle()).isEqualTo("以表格查看");
                assertThat(l.getCommand().getCommand()).isEqualTo("gkreport.showTableView");
                assertThat(l.getCommand().getArguments().get(0).toString()).isEqualTo("\"" + uri + "\"");
            });
            assertThat(lenses).extracting(l -> l.getCommand().getArguments().get(1).toString())
                    .containsExactly("\"表二\"", "\"表三\"", "\"表四\"");
        }
        try (LspFixture lsp = new LspFixture()) {
            JsonObject english = new JsonObject();
            english.addProperty("language", "en");
            lsp.initialize(english, null);
            String uri = SampleFiles.uri(SampleFiles.S004);
            lsp.open(uri, S004);
            assertThat(lenses(lsp, uri)).extracting(l -> l.getCommand().getTitle()).containsOnly("View as table").hasSize(3);
            assertThat(table(tableView(lsp, uri), "表三").get("name").getAsString()).isEqualTo("Table 3");
        }
    }

    private static List<CodeLens> lenses(LspFixture lsp, String uri) throws Exception {
        return new ArrayList<>(LspFixture.get(lsp.server.getTextDocumentService()
                .codeLens(new CodeLensParams(new TextDocumentIdentifier(uri)))));
    }

    private static JsonObject tableView(LspFixture lsp, String uri) throws Exception {
        Object result = LspFixture.get(lsp.server.getWorkspaceService()
                .executeCommand(new ExecuteCommandParams("gkreport.tableView", List.of(uri))));
        // LSP4J hands an untyped result over as maps and lists; nulls stay as entries, so a member sent as null is kept.
        return new GsonBuilder().serializeNulls().create().toJsonTree(result).getAsJsonObject();
    }

    /** The 0-based line a cell, row or table starts on. */
    private static int startLine(JsonObject element) {
        return element.getAsJsonObject("range").getAsJsonObject("start").get("line").getAsInt();
    }

    /** Opens a sample as the editor would, at version 1; its URI. */
    private static String open(LspFixture lsp, String sample, String text) throws Exception {
        lsp.initialize();
        String uri = SampleFiles.uri(sample);
        lsp.open(uri, text);
        return uri;
    }

    private static JsonObject table(JsonObject view, String name) {
        return view.getAsJsonArray("tables").asList().stream().map(JsonElement::getAsJsonObject)
                .filter(t -> t.get("table").getAsString().equals(name)).findFirst().orElseThrow();
    }

    private static JsonArray rows(JsonObject table) {
        return table.getAsJsonArray("blocks").get(0).getAsJsonObject().getAsJsonArray("rows");
    }

    private static JsonObject cell(JsonArray rows, int row, int column) {
        return rows.get(row).getAsJsonObject().getAsJsonArray("cells").get(column).getAsJsonObject();
    }

    private static List<JsonObject> relations(JsonObject table) {
        return table.getAsJsonArray("relations").asList().stream().map(JsonElement::getAsJsonObject).toList();
    }

    private static List<String> strings(JsonArray array, java.util.function.Function<JsonObject, String> of) {
        return array.asList().stream().map(JsonElement::getAsJsonObject).map(of).toList();
    }

    private static String caption(SourceText source, JsonObject table) {
        JsonObject caption = table.getAsJsonObject("caption");
        assertThat(slice(source, caption.get("range")).strip()).isEqualTo(caption.get("text").getAsString());
        return caption.get("text").getAsString();
    }

    /** The text an LSP range (UTF-16 columns) covers. */
    private static String slice(SourceText source, JsonElement range) {
        JsonObject r = range.getAsJsonObject();
        int start = offset(source, r.getAsJsonObject("start"));
        int end = offset(source, r.getAsJsonObject("end"));
        return source.text().substring(start, end);
    }

    private static int offset(SourceText source, JsonObject position) {
        return source.offsetOf(position.get("line").getAsInt(), position.get("character").getAsInt());
    }

    private static String position(JsonObject range) {
        JsonObject start = range.getAsJsonObject("start");
        return start.get("line").getAsInt() + ":" + start.get("character").getAsInt();
    }

    /** The text with one line (0-based) replaced. */
    private static String withLine(String text, int line, String replacement) {
        String[] lines = text.split("\n", -1);
        lines[line] = replacement;
        return String.join("\n", lines);
    }

}

package gkreport.lsp;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.model.DataCell;
import gkreport.model.Report;
import gkreport.model.SumRelation;
import gkreport.rules.Places;
import gkreport.rules.checks.UnreadableTableRule;
import gkreport.tableview.RelationWords;
import gkreport.tableview.ReportTables;
import gkreport.tableview.TableGrids;
import gkreport.tableview.TableSheets;
import gkreport.text.Messages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What {@code gkreport.tableView} answers: tables 二, 三 and 四 of a report as grids, every cell with
 * its written text, number and range, and every sum relation of {@link Relations} (the ones
 * {@code sum-relation} checks) with its written and computed value, whether it holds and its cells.
 * The JSON is described in docs/lsp.md.
 */
final class TableView {
    private final Report report;
    private final SourceText source;
    private final Messages messages;

    private TableView(Report report, Messages messages) {
        this.report = report;
        this.source = report.source();
        this.messages = messages;
    }

    static JsonObject of(Report report, Messages messages, String uri, Integer version) {
        JsonObject out = new JsonObject();
        out.addProperty("uri", uri);
        out.add("version", version == null ? JsonNull.INSTANCE : new JsonPrimitive(version));
        out.add("year", report.year().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
        out.add("template", nullable(report.template() == null ? null : report.template().id()));
        JsonArray tables = new JsonArray();
        TableView view = new TableView(report, messages);
        for (TableSheets.Sheet sheet : TableSheets.of(report, messages.text("lsp.tableView.unknownRows"))) tables.add(view.table(sheet));
        out.add("tables", tables);
        return out;
    }

    private JsonObject table(TableSheets.Sheet sheet) {
        ReportTables.Entry entry = sheet.entry();
        JsonObject t = new JsonObject();
        t.addProperty("table", entry.name());
        t.addProperty("name", messages.render(Places.table(entry.name())));
        t.addProperty("status", entry.status().name().toLowerCase(Locale.ROOT));
        t.add("range", range(entry.range()));
        t.add("caption", entry.caption() == null ? JsonNull.INSTANCE : caption(entry.caption()));
        if (entry.unreadable() != null) t.addProperty("reason", messages.render(UnreadableTableRule.message(entry.unreadable())));
        JsonArray blockJson = new JsonArray();
        for (TableGrids.Block block : sheet.blocks()) blockJson.add(block(block, sheet));
        t.add("blocks", blockJson);
        JsonArray relationJson = new JsonArray();
        for (SumRelation r : sheet.relations()) relationJson.add(relation(r, sheet));
        t.add("relations", relationJson);
        return t;
    }

    private JsonObject block(TableGrids.Block block, TableSheets.Sheet sheet) {
        JsonObject b = new JsonObject();
        b.add("caption", nullable(block.caption()));
        b.add("captionRange", range(block.captionRange()));
        b.add("labelHeader", nullable(block.labelHeader()));
        JsonArray columns = new JsonArray();
        block.columns().forEach(path -> columns.add(strings(path)));
        b.add("columns", columns);
        JsonArray rows = new JsonArray();
        for (TableGrids.Row row : block.rows()) rows.add(row(row, sheet));
        b.add("rows", rows);
        return b;
    }

    private JsonObject row(TableGrids.Row row, TableSheets.Sheet sheet) {
        JsonObject r = new JsonObject();
        r.add("key", nullable(row.data().spec() == null ? null : row.data().spec().key()));
        r.addProperty("label", row.label());
        r.addProperty("written", row.data().label());
        r.add("groups", strings(row.groups()));
        r.addProperty("unknown", row.unknown());
        r.addProperty("labelMissing", row.data().labelMissing());
        r.add("range", range(row.data().syntax().range()));
        r.add("labelRange", range(row.data().labelRange()));
        r.addProperty("extraCells", row.data().extraCells());
        JsonArray cells = new JsonArray();
        for (DataCell cell : row.data().cells()) cells.add(cell(cell, sheet.state(cell)));
        r.add("cells", cells);
        return r;
    }

    private JsonObject cell(DataCell cell, TableSheets.CellState state) {
        JsonObject c = new JsonObject();
        c.add("text", nullable(cell.isAbsent() ? null : cell.source().text()));
        c.add("number", cell.hasNumber() ? new JsonPrimitive(cell.number()) : JsonNull.INSTANCE);
        c.addProperty("blank", cell.isBlank());
        c.addProperty("merged", cell.isMerged());
        c.addProperty("absent", cell.isAbsent());
        c.add("range", range(cell.range()));
        JsonArray involved = new JsonArray();
        state.relations().forEach(involved::add);
        c.add("relations", involved);
        c.addProperty("total", state.total());
        c.addProperty("broken", state.broken());
        return c;
    }

    private JsonObject relation(SumRelation r, TableSheets.Sheet sheet) {
        JsonObject j = new JsonObject();
        j.addProperty("kind", r.kind().id());
        j.addProperty("scope", r.scope());
        j.add("holds", r.holds().<JsonElement>map(JsonPrimitive::new).orElse(JsonNull.INSTANCE));
        j.add("written", plain(r.totalsSum()));
        j.add("computed", plain(r.partsSum()));
        j.addProperty("status", RelationWords.status(r, messages));
        j.addProperty("description", RelationWords.describe(r, messages));
        j.add("parts", references(r.parts(), sheet));
        j.add("totals", references(r.totals(), sheet));
        return j;
    }

    private static JsonArray references(List<DataCell> cells, TableSheets.Sheet sheet) {
        JsonArray out = new JsonArray();
        for (DataCell cell : cells) {
            int[] at = sheet.place(cell);
            JsonObject ref = new JsonObject();
            ref.addProperty("block", at[0]);
            ref.addProperty("row", at[1]);
            ref.addProperty("column", at[2]);
            out.add(ref);
        }
        return out;
    }

    private JsonObject caption(TextRange range) {
        JsonObject c = new JsonObject();
        c.addProperty("text", source.slice(range).strip());
        c.add("range", range(range));
        return c;
    }

    private static JsonElement nullable(String value) {
        return value == null ? JsonNull.INSTANCE : new JsonPrimitive(value);
    }

    private static JsonArray strings(List<String> values) {
        JsonArray out = new JsonArray();
        values.forEach(out::add);
        return out;
    }

    private static JsonElement plain(Optional<BigDecimal> value) {
        return value.<JsonElement>map(v -> new JsonPrimitive(v.toPlainString())).orElse(JsonNull.INSTANCE);
    }

    /** An LSP range (0-based line, UTF-16 column), or null. */
    private JsonElement range(TextRange range) {
        if (range == null) return JsonNull.INSTANCE;
        var r = Positions.range(source, range);
        JsonObject out = new JsonObject();
        out.add("start", position(r.getStart()));
        out.add("end", position(r.getEnd()));
        return out;
    }

    private static JsonObject position(org.eclipse.lsp4j.Position p) {
        JsonObject out = new JsonObject();
        out.addProperty("line", p.getLine());
        out.addProperty("character", p.getCharacter());
        return out;
    }
}

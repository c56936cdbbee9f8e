package gkreport.review;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import gkreport.model.DataCell;
import gkreport.model.Report;
import gkreport.model.SumRelation;
import gkreport.text.Messages;
import gkreport.rules.Places;
import gkreport.rules.checks.UnreadableTableRule;
import gkreport.tableview.ReportTables;
import gkreport.tableview.RelationWords;
import gkreport.tableview.TableGrids;
import gkreport.tableview.TableSheets;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A report's tables 二, 三 and 四 ({@link TableSheets}) as the page's script draws them, in few
 * bytes: {@code [{"n": name, "s": "read"|"unreadable"|"missing", "why": reason, "b": [block]}]}, a
 * block {@code {"c": caption, "h": label header, "k": [column header path], "r": [row]}}, a row
 * {@code [label, groups, unknown (0|1), [cell]]}, a cell its written text, or for a cell of a sum
 * that does not hold {@code {"t": text, "x": the value it would need (a total), "d": the sums in words}}.
 */
final class SheetsJson {
    /** Gson's HTML-safe default: 「<」 and 「&」 come out escaped, so the JSON can stand in a script element. */
    private static final Gson GSON = new Gson();

    private SheetsJson() {
    }

    static String of(Report report, Messages messages) {
        JsonArray tables = new JsonArray();
        for (TableSheets.Sheet sheet : TableSheets.of(report, messages.text("lsp.tableView.unknownRows"))) {
            ReportTables.Entry entry = sheet.entry();
            JsonObject t = new JsonObject();
            t.addProperty("n", messages.render(Places.table(entry.name())));
            t.addProperty("s", entry.status().name().toLowerCase(Locale.ROOT));
            if (entry.unreadable() != null) t.addProperty("why", messages.render(UnreadableTableRule.message(entry.unreadable())));
            JsonArray blocks = new JsonArray();
            for (TableGrids.Block block : sheet.blocks()) blocks.add(block(block, sheet, messages));
            t.add("b", blocks);
            tables.add(t);
        }
        return GSON.toJson(tables);
    }

    private static JsonObject block(TableGrids.Block block, TableSheets.Sheet sheet, Messages messages) {
        JsonObject b = new JsonObject();
        b.addProperty("c", block.caption());
        b.addProperty("h", block.labelHeader());
        JsonArray columns = new JsonArray();
        for (var path : block.columns()) columns.add(GSON.toJsonTree(path));
        b.add("k", columns);
        JsonArray rows = new JsonArray();
        for (TableGrids.Row row : block.rows()) {
            JsonArray r = new JsonArray();
            r.add(row.label());
            r.add(String.join(" › ", row.groups()));
            r.add(row.unknown() ? 1 : 0);
            JsonArray cells = new JsonArray();
            for (DataCell cell : row.data().cells()) cells.add(cell(cell, sheet, messages));
            r.add(cells);
            rows.add(r);
        }
        b.add("r", rows);
        return b;
    }

    private static JsonElement cell(DataCell cell, TableSheets.Sheet sheet, Messages messages) {
        String text = cell.isAbsent() || cell.isMerged() ? "" : cell.source().text().strip();
        TableSheets.CellState state = sheet.state(cell);
        if (!state.broken()) return new JsonPrimitive(text);
        JsonObject c = new JsonObject();
        c.addProperty("t", text);
        if (state.computed() != null) c.addProperty("x", state.computed().toPlainString());
        c.addProperty("d", state.relations().stream().map(sheet.relations()::get).filter(SumRelation::broken)
                .map(r -> RelationWords.describe(r, messages)).collect(Collectors.joining("\n")));
        return c;
    }
}

package gkreport.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.util.List;

/**
 * design.md's JSON: one object with files, findings (1-based lines, code-point columns) and a
 * summary. Added to it: each file's {@code input} (text, docx, html) and, for converted files,
 * each finding's {@code place} in words.
 */
final class JsonFormat implements ReportSink {
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().serializeNulls().create();

    private final PrintWriter out;
    private final JsonWriter json;

    JsonFormat(PrintWriter out) {
        this.out = out;
        this.json = JsonSteps.open(GSON, out);
    }

    @Override
    public void begin(List<CheckedFile> files, List<Survey.Entry> survey) {
        JsonSteps.write(() -> json.beginObject().name("files").beginArray());
    }

    @Override
    public void file(int index, FileReport r) {
        JsonSteps.write(() -> GSON.toJson(file(r), json));
    }

    @Override
    public void end(Tally t) {
        JsonObject summary = new JsonObject();
        summary.addProperty("files", t.files());
        summary.addProperty("errors", t.errors());
        summary.addProperty("warnings", t.warnings());
        summary.addProperty("infos", t.infos());
        summary.addProperty("unreadable", t.unreadable());
        JsonSteps.write(() -> {
            json.endArray().name("summary");
            GSON.toJson(summary, json);
            json.endObject().flush();
        });
        out.println();
    }

    private static JsonObject file(FileReport r) {
        Messages messages = r.messages();
        JsonObject o = new JsonObject();
        o.addProperty("path", r.path());
        o.addProperty("input", r.input().id());
        Report report = r.readable() ? r.analysis().report() : null;
        o.addProperty("year", report == null ? null : report.year().orElse(null));
        o.addProperty("template", report == null || report.template() == null ? null : report.template().id());
        if (r.error() != null) o.addProperty("error", messages.render(r.error()));
        if (r.fixed() > 0) o.addProperty("fixed", r.fixed());
        JsonArray findings = new JsonArray();
        if (report != null) {
            for (Finding f : r.analysis().findings()) findings.add(finding(r, f, report.source()));
        }
        o.add("findings", findings);
        return o;
    }

    private static JsonObject finding(FileReport r, Finding f, SourceText source) {
        Messages messages = r.messages();
        JsonObject o = new JsonObject();
        o.addProperty("rule", f.rule().id());
        o.addProperty("severity", f.severity().id());
        o.addProperty("message", messages.render(f.message()));
        Message place = r.place(f);
        if (place != null) o.addProperty("place", messages.render(place));
        int page = r.page(f);
        if (page > 0) o.addProperty("page", page);
        addRange(o, source, f.range());
        JsonArray related = new JsonArray();
        for (Related rel : f.related()) {
            JsonObject ro = new JsonObject();
            SourceText relSource = rel.sourceOr(source);
            if (rel.location() != null) ro.addProperty("path", rel.location());
            ro.addProperty("line", relSource.lineOf(rel.range().start()) + 1);
            ro.addProperty("column", relSource.codePointColumn(rel.range().start()));
            ro.addProperty("message", messages.render(rel.message()));
            related.add(ro);
        }
        o.add("related", related);
        o.addProperty("fixable", f.fixable());
        return o;
    }

    private static void addRange(JsonObject o, SourceText source, TextRange range) {
        o.addProperty("line", source.lineOf(range.start()) + 1);
        o.addProperty("column", source.codePointColumn(range.start()));
        o.addProperty("endLine", source.lineOf(range.end()) + 1);
        o.addProperty("endColumn", source.codePointColumn(range.end()));
    }
}

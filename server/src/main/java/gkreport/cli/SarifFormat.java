package gkreport.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.stream.JsonWriter;
import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.rules.RuleDocs;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;

/**
 * SARIF 2.1.0 for code-scanning tools: the tool with every rule (its description, default level
 * and its docs/rules page as help), one result per finding (rule, level, message, region with
 * 1-based lines and code-point columns, related cells), the files as artifacts, and unreadable
 * files as tool notifications. Nothing varies between runs on the same input: no times, no ids.
 */
final class SarifFormat implements ReportSink {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "0.1.0";
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create();

    private final Messages messages;
    private final PrintWriter out;
    private final JsonWriter json;

    SarifFormat(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
        this.json = JsonSteps.open(GSON, out);
    }

    /** The log up to its results: the tool, the files that could not be read, and every file as an artifact. */
    @Override
    public void begin(List<CheckedFile> files, List<Survey.Entry> survey) {
        JsonArray artifacts = new JsonArray();
        JsonArray notifications = new JsonArray();
        for (int i = 0; i < files.size(); i++) {
            artifacts.add(artifact(files.get(i)));
            if (survey.get(i).error() != null) notifications.add(notification(files.get(i), survey.get(i), i));
        }
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", notifications.isEmpty());
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        JsonSteps.write(() -> {
            json.beginObject().name("$schema").value(SCHEMA).name("version").value("2.1.0").name("runs").beginArray().beginObject();
            json.name("tool");
            GSON.toJson(tool(messages), json);
            json.name("invocations");
            GSON.toJson(invocations, json);
            json.name("artifacts");
            GSON.toJson(artifacts, json);
            json.name("results").beginArray();
        });
    }

    @Override
    public void file(int index, FileReport r) {
        if (!r.readable()) return;
        for (Finding f : r.analysis().findings()) JsonSteps.write(() -> GSON.toJson(result(r, index, f), json));
    }

    @Override
    public void end(Tally tally) {
        JsonSteps.write(() -> json.endArray().name("columnKind").value("unicodeCodePoints").endObject().endArray().endObject().flush());
        out.println();
    }

    private static JsonObject tool(Messages messages) {
        JsonArray rules = new JsonArray();
        for (RuleId id : RuleId.values()) rules.add(rule(id, messages));
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "gkreport");
        driver.addProperty("version", VERSION);
        driver.addProperty("semanticVersion", VERSION);
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        return tool;
    }

    private static JsonObject rule(RuleId id, Messages messages) {
        String description = messages.text("rule." + id.id());
        JsonObject rule = new JsonObject();
        rule.addProperty("id", id.id());
        rule.add("shortDescription", text(description));
        JsonObject help = text(description + " (" + id.docPath() + ")");
        String page = RuleDocs.markdown(id);
        if (page != null) help.addProperty("markdown", page);
        rule.add("help", help);
        JsonObject config = new JsonObject();
        config.addProperty("level", level(id.defaultSeverity()));
        rule.add("defaultConfiguration", config);
        JsonObject properties = new JsonObject();
        properties.addProperty("docPath", id.docPath());
        rule.add("properties", properties);
        return rule;
    }

    private static JsonObject artifact(CheckedFile file) {
        JsonObject a = new JsonObject();
        a.add("location", artifactLocation(file.shown(), -1));
        JsonObject properties = new JsonObject();
        properties.addProperty("input", file.input().id());
        a.add("properties", properties);
        return a;
    }

    private static JsonObject result(FileReport r, int artifact, Finding f) {
        SourceText source = r.analysis().report().source();
        JsonObject result = new JsonObject();
        result.addProperty("ruleId", f.rule().id());
        result.addProperty("ruleIndex", f.rule().ordinal());
        result.addProperty("level", level(f.severity()));
        result.add("message", text(r.message(f)));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical(r.path(), artifact, source, f.range()));
        Message place = r.place(f);
        if (place != null) {
            JsonObject logical = new JsonObject();
            logical.addProperty("name", r.messages().render(place));
            JsonArray logicals = new JsonArray();
            logicals.add(logical);
            location.add("logicalLocations", logicals);
        }
        JsonArray locations = new JsonArray();
        locations.add(location);
        result.add("locations", locations);
        JsonArray related = new JsonArray();
        for (int i = 0; i < f.related().size(); i++) {
            Related rel = f.related().get(i);
            JsonObject o = new JsonObject();
            o.addProperty("id", i + 1);
            boolean here = rel.location() == null;
            o.add("physicalLocation", physical(here ? r.path() : rel.location(), here ? artifact : -1, rel.sourceOr(source), rel.range()));
            o.add("message", text(r.messages().render(rel.message())));
            related.add(o);
        }
        if (!related.isEmpty()) result.add("relatedLocations", related);
        JsonObject properties = new JsonObject();
        properties.addProperty("fixable", f.fixable());
        int page = r.page(f);
        if (page > 0) properties.addProperty("page", page);
        result.add("properties", properties);
        return result;
    }

    private static JsonObject notification(CheckedFile file, Survey.Entry entry, int artifact) {
        JsonObject n = new JsonObject();
        n.addProperty("level", "error");
        n.add("message", text(file.messages().render(entry.problem(file.shown()))));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(file.shown(), artifact));
        JsonObject location = new JsonObject();
        location.add("physicalLocation", physical);
        JsonArray locations = new JsonArray();
        locations.add(location);
        n.add("locations", locations);
        return n;
    }

    private static JsonObject physical(String path, int artifact, SourceText source, TextRange range) {
        JsonObject region = new JsonObject();
        region.addProperty("startLine", source.lineOf(range.start()) + 1);
        region.addProperty("startColumn", source.codePointColumn(range.start()));
        region.addProperty("endLine", source.lineOf(range.end()) + 1);
        region.addProperty("endColumn", source.codePointColumn(range.end()));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(path, artifact));
        physical.add("region", region);
        return physical;
    }

    private static JsonObject artifactLocation(String path, int index) {
        JsonObject o = new JsonObject();
        o.addProperty("uri", uri(path));
        if (index >= 0) o.addProperty("index", index);
        return o;
    }

    /** A relative path as a relative URI reference (segments percent-encoded), an absolute one as a file: URI. */
    static String uri(String path) {
        if (Path.of(path).isAbsolute()) return Path.of(path).toUri().toASCIIString();
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            return Path.of(path).toAbsolutePath().toUri().toASCIIString();
        }
    }

    private static JsonObject text(String s) {
        JsonObject o = new JsonObject();
        o.addProperty("text", s);
        return o;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }
}

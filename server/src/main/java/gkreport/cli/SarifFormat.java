package gkreport.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import gkreport.rules.Related;
import gkreport.rules.RuleDocs;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
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
final class SarifFormat {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String VERSION = "0.1.0";

    private SarifFormat() {
    }

    static void print(List<FileReport> reports, Messages messages, PrintWriter out) {
        JsonObject run = new JsonObject();
        run.add("tool", tool(messages));
        JsonArray artifacts = new JsonArray();
        JsonArray results = new JsonArray();
        JsonArray notifications = new JsonArray();
        for (int i = 0; i < reports.size(); i++) {
            FileReport r = reports.get(i);
            artifacts.add(artifact(r));
            if (r.error() != null) notifications.add(notification(r, i));
            if (!r.readable()) continue;
            for (Finding f : r.analysis().findings()) results.add(result(r, i, f));
        }
        JsonObject invocation = new JsonObject();
        invocation.addProperty("executionSuccessful", notifications.isEmpty());
        invocation.add("toolExecutionNotifications", notifications);
        JsonArray invocations = new JsonArray();
        invocations.add(invocation);
        run.add("invocations", invocations);
        run.add("artifacts", artifacts);
        run.add("results", results);
        run.addProperty("columnKind", "unicodeCodePoints");
        JsonObject log = new JsonObject();
        log.addProperty("$schema", SCHEMA);
        log.addProperty("version", "2.1.0");
        JsonArray runs = new JsonArray();
        runs.add(run);
        log.add("runs", runs);
        out.println(new GsonBuilder().disableHtmlEscaping().setPrettyPrinting().create().toJson(log));
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

    private static JsonObject artifact(FileReport r) {
        JsonObject a = new JsonObject();
        a.add("location", artifactLocation(r.path(), -1));
        JsonObject properties = new JsonObject();
        properties.addProperty("input", r.input().id());
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
            o.add("physicalLocation", physical(here ? r.path() : rel.location(), here ? artifact : -1, source, rel.range()));
            o.add("message", text(r.messages().render(rel.message())));
            related.add(o);
        }
        if (!related.isEmpty()) result.add("relatedLocations", related);
        JsonObject properties = new JsonObject();
        properties.addProperty("fixable", f.fixable());
        result.add("properties", properties);
        return result;
    }

    private static JsonObject notification(FileReport r, int artifact) {
        JsonObject n = new JsonObject();
        n.addProperty("level", "error");
        n.add("message", text(r.messages().render(Message.of("cli.unreadable", r.path(), r.error()))));
        JsonObject physical = new JsonObject();
        physical.add("artifactLocation", artifactLocation(r.path(), artifact));
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

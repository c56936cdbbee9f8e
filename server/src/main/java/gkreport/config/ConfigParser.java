package gkreport.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import gkreport.io.Glob;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Message;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the text of a {@code .gkreport.json} (Gson) into a {@link ConfigFile}. Never throws:
 * an unknown key or a bad value is skipped with a warning, a syntax error skips the whole file.
 * The format is described by docs/gkreport.schema.json.
 */
final class ConfigParser {
    private static final Set<String> TOP_KEYS = Set.of("$schema", "language", "rules", "overrides", "ignores");
    private static final Set<String> OVERRIDE_KEYS = Set.of("files", "language", "rules");
    private static final Set<String> LANGUAGES = Set.of("zh", "en");

    private final Path path;
    private final List<ConfigWarning> warnings = new ArrayList<>();

    private ConfigParser(Path path) {
        this.path = path;
    }

    static ConfigFile parse(Path path, String text) {
        return new ConfigParser(path).parse(text);
    }

    private ConfigFile parse(String text) {
        JsonElement root;
        try {
            root = JsonParser.parseString(text);
        } catch (JsonParseException e) {
            warn("", Message.of("config.syntax", firstLine(e)));
            return empty();
        }
        if (!root.isJsonObject()) {
            warn("", Message.of("config.notObject"));
            return empty();
        }
        JsonObject o = root.getAsJsonObject();
        unknownKeys(o, TOP_KEYS, "");
        String language = language(o, "language");
        Map<RuleId, Severity> rules = rules(o, "rules");
        List<ConfigFile.Override> overrides = new ArrayList<>();
        JsonElement list = o.get("overrides");
        if (list != null && !list.isJsonArray()) warn("overrides", Message.of("config.notArray"));
        else if (list != null) {
            JsonArray array = list.getAsJsonArray();
            for (int i = 0; i < array.size(); i++) {
                ConfigFile.Override override = override(array.get(i), "overrides[" + i + "]");
                if (override != null) overrides.add(override);
            }
        }
        List<Glob> ignores = o.has("ignores") ? files(o.get("ignores"), "ignores") : List.of();
        return new ConfigFile(path, language, rules, overrides, ignores, warnings);
    }

    private ConfigFile.Override override(JsonElement element, String where) {
        if (!element.isJsonObject()) {
            warn(where, Message.of("config.notObject"));
            return null;
        }
        JsonObject o = element.getAsJsonObject();
        unknownKeys(o, OVERRIDE_KEYS, where + ".");
        List<Glob> files = files(o.get("files"), where + ".files");
        if (files.isEmpty()) return null;
        return new ConfigFile.Override(files, language(o, where + ".language"), rules(o, where + ".rules"));
    }

    private List<Glob> files(JsonElement element, String where) {
        List<Glob> globs = new ArrayList<>();
        if (element == null) {
            warn(where, Message.of("config.filesMissing"));
            return globs;
        }
        List<JsonElement> items = new ArrayList<>();
        if (element.isJsonArray()) element.getAsJsonArray().forEach(items::add);
        else items.add(element);
        for (JsonElement item : items) {
            if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString() && !item.getAsString().isBlank()) {
                globs.add(Glob.of(item.getAsString()));
            } else {
                warn(where, Message.of("config.notGlob", item.toString()));
            }
        }
        return globs;
    }

    /** The language at key (a dotted path's last part), or null when absent or bad. */
    private String language(JsonObject o, String where) {
        JsonElement e = o.get(lastPart(where));
        if (e == null) return null;
        String value = e.isJsonPrimitive() ? e.getAsString().strip() : e.toString();
        if (LANGUAGES.contains(value)) return value;
        warn(where, Message.of("config.badLanguage", value));
        return null;
    }

    private Map<RuleId, Severity> rules(JsonObject o, String where) {
        Map<RuleId, Severity> rules = new EnumMap<>(RuleId.class);
        JsonElement e = o.get(lastPart(where));
        if (e == null) return rules;
        if (!e.isJsonObject()) {
            warn(where, Message.of("config.notObject"));
            return rules;
        }
        for (Map.Entry<String, JsonElement> entry : e.getAsJsonObject().entrySet()) {
            String key = where + "." + entry.getKey();
            RuleId rule = RuleId.of(entry.getKey()).orElse(null);
            if (rule == null) {
                warn(key, Message.of("config.unknownRule", entry.getKey()));
                continue;
            }
            JsonElement v = entry.getValue();
            Severity severity = v.isJsonPrimitive() && v.getAsJsonPrimitive().isString() ? Severity.parse(v.getAsString()) : null;
            if (severity == null) warn(key, Message.of("config.badSeverity", v.isJsonPrimitive() ? v.getAsString() : v.toString()));
            else rules.put(rule, severity);
        }
        return rules;
    }

    private void unknownKeys(JsonObject o, Set<String> known, String prefix) {
        for (String key : o.keySet()) {
            if (!known.contains(key)) warn(prefix + key, Message.of("config.unknownKey", key));
        }
    }

    private void warn(String where, Message message) {
        warnings.add(new ConfigWarning(path, where, message));
    }

    private ConfigFile empty() {
        return new ConfigFile(path, null, Map.of(), List.of(), List.of(), warnings);
    }

    private static String lastPart(String where) {
        return where.substring(where.lastIndexOf('.') + 1);
    }

    private static String firstLine(Exception e) {
        Throwable t = e.getCause() != null ? e.getCause() : e;
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }
}

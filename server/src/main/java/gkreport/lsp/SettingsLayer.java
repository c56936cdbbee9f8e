package gkreport.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.service.Settings;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * What one source of settings sets (the workspace's {@code .gkreport.json}, the editor's
 * settings): the language when it sets one, and the rules it sets. Later layers override earlier ones.
 *
 * @param language 「zh」「en」, or null when this layer does not set it
 * @param rules    the severity (or off) of each rule this layer sets
 */
public record SettingsLayer(String language, Map<RuleId, Severity> rules) {
    public static final SettingsLayer NONE = new SettingsLayer(null, Map.of());

    public SettingsLayer {
        rules = rules.isEmpty() ? Map.of() : new EnumMap<>(rules);
    }

    /**
     * Reads {@code {"language": "zh", "rules": {"<id>": "error|warning|info|off"}}}; members that
     * are absent, unknown or of the wrong type set nothing.
     */
    public static SettingsLayer fromJson(JsonObject json) {
        String language = string(json, "language").map(SettingsLayer::language).orElse(null);
        Map<RuleId, Severity> rules = new EnumMap<>(RuleId.class);
        JsonElement ruleObject = json.get("rules");
        if (ruleObject != null && ruleObject.isJsonObject()) {
            for (Map.Entry<String, JsonElement> e : ruleObject.getAsJsonObject().entrySet()) {
                Optional<RuleId> rule = RuleId.of(e.getKey());
                Severity severity = e.getValue().isJsonPrimitive() ? Severity.parse(e.getValue().getAsString()) : null;
                if (rule.isPresent() && severity != null) rules.put(rule.get(), severity);
            }
        }
        return new SettingsLayer(language, rules);
    }

    public SettingsLayer overriddenBy(SettingsLayer later) {
        Map<RuleId, Severity> merged = new EnumMap<>(RuleId.class);
        merged.putAll(rules);
        merged.putAll(later.rules);
        return new SettingsLayer(later.language != null ? later.language : language, merged);
    }

    public Settings toSettings() {
        return new Settings(language != null ? language : Settings.DEFAULT.language(), rules);
    }

    /** 「en」, 「en-US」 → 「en」; anything else → 「zh」. */
    private static String language(String value) {
        return value.strip().toLowerCase(java.util.Locale.ROOT).startsWith("en") ? "en" : "zh";
    }

    static Optional<String> string(JsonObject json, String member) {
        JsonElement e = json.get(member);
        return e != null && e.isJsonPrimitive() && e.getAsJsonPrimitive().isString() ? Optional.of(e.getAsString()) : Optional.empty();
    }
}

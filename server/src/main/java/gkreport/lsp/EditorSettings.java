package gkreport.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * The settings an editor sends in {@code initializationOptions} and
 * {@code workspace/didChangeConfiguration}, either bare or under a {@code "gkreport"} member:
 * {@code {"language": "zh", "rules": {"sum-relation": "warning"}, "debounceMs": 250, "run": "onType"}}.
 *
 * @param layer      language and rule severities; they override {@code .gkreport.json}
 * @param debounceMs how long validation waits after the last change
 * @param run        validate as the user types, or only when the document is saved
 */
public record EditorSettings(SettingsLayer layer, int debounceMs, RunMode run) {
    public static final int DEFAULT_DEBOUNCE_MS = 250;
    public static final EditorSettings DEFAULT = new EditorSettings(SettingsLayer.NONE, DEFAULT_DEBOUNCE_MS, RunMode.ON_TYPE);

    public enum RunMode { ON_TYPE, ON_SAVE }

    /** Reads the settings; null, a non-object or missing members give the defaults. */
    public static EditorSettings fromJson(JsonElement json) {
        if (json == null || !json.isJsonObject()) return DEFAULT;
        JsonObject o = json.getAsJsonObject();
        if (o.has("gkreport") && o.get("gkreport").isJsonObject()) o = o.getAsJsonObject("gkreport");
        int debounce = DEFAULT_DEBOUNCE_MS;
        JsonElement d = o.get("debounceMs");
        if (d != null && d.isJsonPrimitive() && d.getAsJsonPrimitive().isNumber()) debounce = Math.max(0, d.getAsInt());
        RunMode run = SettingsLayer.string(o, "run").filter("onSave"::equals).map(s -> RunMode.ON_SAVE).orElse(RunMode.ON_TYPE);
        return new EditorSettings(SettingsLayer.fromJson(o), debounce, run);
    }
}

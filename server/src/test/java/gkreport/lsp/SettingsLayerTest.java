package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsLayerTest {
    @Test
    void readsLanguageAndKnownRulesIgnoringTheRest() {
        SettingsLayer layer = SettingsLayer.fromJson(JsonParser.parseString(
                "{\"language\": \"en-US\", \"rules\": {\"sum-relation\": \"WARNING\", \"no-such-rule\": \"off\", \"section-title\": \"loud\","
                        + " \"row-missing\": \"off\"}}").getAsJsonObject());
        assertThat(layer.language()).isEqualTo("en");
        assertThat(layer.rules()).isEqualTo(Map.of(RuleId.SUM_RELATION, Severity.WARNING, RuleId.ROW_MISSING, Severity.OFF));
    }

    @Test
    void laterLayersOverrideRuleByRuleAndLanguageOnlyWhenSet() {
        SettingsLayer file = new SettingsLayer("en", Map.of(RuleId.SUM_RELATION, Severity.OFF, RuleId.ROW_MISSING, Severity.INFO));
        SettingsLayer editor = new SettingsLayer(null, Map.of(RuleId.SUM_RELATION, Severity.WARNING));
        var settings = file.overriddenBy(editor).toSettings();
        assertThat(settings.language()).isEqualTo("en");
        assertThat(settings.severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.WARNING);
        assertThat(settings.severityOf(RuleId.ROW_MISSING)).isEqualTo(Severity.INFO);
        assertThat(SettingsLayer.NONE.toSettings().language()).isEqualTo("zh");
    }

    @Test
    void editorSettingsAreReadBareOrUnderGkreport() {
        var bare = EditorSettings.fromJson(JsonParser.parseString("{\"language\": \"en\", \"debounceMs\": 40, \"run\": \"onSave\"}"));
        var nested = EditorSettings.fromJson(JsonParser.parseString("{\"gkreport\": {\"language\": \"en\", \"debounceMs\": 40, \"run\": \"onSave\"}}"));
        assertThat(nested).isEqualTo(bare);
        assertThat(bare.debounceMs()).isEqualTo(40);
        assertThat(bare.run()).isEqualTo(EditorSettings.RunMode.ON_SAVE);
        assertThat(EditorSettings.fromJson(null)).isEqualTo(EditorSettings.DEFAULT);
        assertThat(EditorSettings.fromJson(JsonParser.parseString("{\"debounceMs\": \"soon\"}")).debounceMs())
                .isEqualTo(EditorSettings.DEFAULT_DEBOUNCE_MS);
    }
}

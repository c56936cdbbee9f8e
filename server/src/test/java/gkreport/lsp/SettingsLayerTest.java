package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonParser;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLayerTest {
    @TempDir
    Path folder;

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

    @Test
    void workspaceConfigFileIsOptionalAndRejectsWhatIsNotAnObject() throws Exception {
        assertThat(WorkspaceConfigFile.read(folder)).isEqualTo(SettingsLayer.NONE);
        Files.writeString(folder.resolve(".gkreport.json"), "{\"rules\": {\"section-number\": \"off\"}}");
        assertThat(WorkspaceConfigFile.read(folder).rules()).isEqualTo(Map.of(RuleId.SECTION_NUMBER, Severity.OFF));
        Files.writeString(folder.resolve(".gkreport.json"), "[1, 2]");
        assertThatThrownBy(() -> WorkspaceConfigFile.read(folder)).isInstanceOf(WorkspaceConfigFile.InvalidConfigException.class);
    }

    @Test
    void aDocumentTakesTheFileOfItsInnermostFolder() throws Exception {
        Path inner = Files.createDirectories(folder.resolve("county"));
        Files.writeString(folder.resolve(".gkreport.json"), "{\"language\": \"en\"}");
        Files.writeString(inner.resolve(".gkreport.json"), "{\"rules\": {\"sum-relation\": \"off\"}}");
        WorkspaceSettings settings = new WorkspaceSettings();
        settings.setFolders(java.util.List.of(folder, inner));
        settings.reloadConfigFiles(e -> { throw new AssertionError(e); });
        assertThat(settings.settingsFor(inner.resolve("a.txt").toUri().toString()).severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.OFF);
        assertThat(settings.settingsFor(inner.resolve("a.txt").toUri().toString()).language()).isEqualTo("zh");
        assertThat(settings.settingsFor(folder.resolve("b.txt").toUri().toString()).language()).isEqualTo("en");
        assertThat(settings.settingsFor("untitled:Untitled-1").language()).isEqualTo("zh");
    }
}

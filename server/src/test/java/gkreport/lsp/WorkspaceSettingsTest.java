package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonParser;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.service.Settings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's settings per document: the CLI's config loader for the file, then the editor's settings. */
class WorkspaceSettingsTest {
    @TempDir
    Path folder;

    private final List<String> warnings = new ArrayList<>();
    private final WorkspaceSettings settings = new WorkspaceSettings((w, language) -> warnings.add(language + " " + w.where()));

    @Test
    void aDocumentTakesTheNearestConfigFileAtOrAboveItsFolder() throws Exception {
        Path county = Files.createDirectories(folder.resolve("county/2020"));
        Files.writeString(folder.resolve(".gkreport.json"), "{\"language\": \"en\"}");
        Files.writeString(folder.resolve("county/.gkreport.json"), "{\"rules\": {\"sum-relation\": \"off\"}}");
        Settings deep = settingsFor(county.resolve("a.txt"));
        assertThat(deep.severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.OFF);
        assertThat(deep.language()).as("the nearest file is not merged with the one above").isEqualTo("zh");
        assertThat(settingsFor(folder.resolve("b.txt")).language()).isEqualTo("en");
        assertThat(settings.settingsFor("untitled:Untitled-1")).isEqualTo(Settings.DEFAULT);
    }

    @Test
    void overridesApplyToTheFilesTheirGlobsMatch() throws Exception {
        Files.writeString(folder.resolve(".gkreport.json"), """
                {"rules": {"section-title": "error"},
                 "overrides": [{"files": "archive/**", "rules": {"template-version": "warning"}, "language": "en"}]}""");
        Settings archived = settingsFor(folder.resolve("archive/2019/r.txt"));
        Settings current = settingsFor(folder.resolve("2024/r.txt"));
        assertThat(archived.severityOf(RuleId.TEMPLATE_VERSION)).isEqualTo(Severity.WARNING);
        assertThat(archived.language()).isEqualTo("en");
        assertThat(archived.severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.ERROR);
        assertThat(current.severityOf(RuleId.TEMPLATE_VERSION)).isEqualTo(RuleId.TEMPLATE_VERSION.defaultSeverity());
        assertThat(current.language()).isEqualTo("zh");
    }

    @Test
    void editorSettingsWinOverTheConfigFileRuleByRule() throws Exception {
        Files.writeString(folder.resolve(".gkreport.json"), """
                {"language": "en", "rules": {"sum-relation": "off", "row-missing": "info"},
                 "overrides": [{"files": "*.txt", "rules": {"section-title": "off"}}]}""");
        settings.setEditor(EditorSettings.fromJson(JsonParser.parseString(
                "{\"gkreport\": {\"rules\": {\"sum-relation\": \"warning\", \"section-title\": \"error\"}}}")));
        Settings s = settingsFor(folder.resolve("r.txt"));
        assertThat(s.severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.WARNING);
        assertThat(s.severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.ERROR);
        assertThat(s.severityOf(RuleId.ROW_MISSING)).isEqualTo(Severity.INFO);
        assertThat(s.language()).as("the editor sets no language").isEqualTo("en");
    }

    @Test
    void eachProblemOfAConfigFileIsToldOncePerReading() throws Exception {
        Path config = folder.resolve(".gkreport.json");
        Files.writeString(config, "{\"rules\": {\"sum-relaton\": \"off\"}, \"colour\": 1}");
        settingsFor(folder.resolve("a.txt"));
        settingsFor(folder.resolve("b.txt"));
        assertThat(warnings).containsExactlyInAnyOrder("zh rules.sum-relaton", "zh colour");
        Files.writeString(config, "{\"language\": \"en\", \"rules\": {\"sum-relaton\": \"off\"}}");
        settingsFor(folder.resolve("a.txt"));
        assertThat(warnings).as("read once until reloaded").hasSize(2);
        settings.reload();
        settingsFor(folder.resolve("a.txt"));
        assertThat(warnings).hasSize(3).last().isEqualTo("en rules.sum-relaton");
    }

    private Settings settingsFor(Path file) {
        return settings.settingsFor(FileUris.uri(file));
    }
}

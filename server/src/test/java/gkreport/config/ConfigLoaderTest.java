package gkreport.config;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {
    @TempDir
    Path root;

    @Test
    void withoutAConfigFileTheDefaultsApply() throws IOException {
        Path report = file("reports/a.txt", "");
        ResolvedConfig c = new ConfigLoader().settingsFor(report, null);
        assertThat(c.source()).isNull();
        assertThat(c.settings().language()).isEqualTo("zh");
        assertThat(c.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.WARNING);
        assertThat(c.warnings()).isEmpty();
    }

    @Test
    void theNearestConfigFileUpTheTreeWinsAndTheFartherOneIsNotMerged() throws IOException {
        config("", """
                {"language": "en", "rules": {"plausibility": "off", "section-title": "error"}}""");
        Path nearer = config("2020", """
                {"rules": {"sum-relation": "warning"}}""");
        ResolvedConfig deep = new ConfigLoader().settingsFor(file("2020/county/a.txt", ""), null);
        assertThat(deep.source()).isEqualTo(nearer);
        assertThat(deep.settings().severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.WARNING);
        assertThat(deep.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.WARNING);
        assertThat(deep.settings().language()).isEqualTo("zh");
        ResolvedConfig top = new ConfigLoader().settingsFor(file("2021/b.docx", ""), null);
        assertThat(top.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.OFF);
        assertThat(top.settings().severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.ERROR);
        assertThat(top.settings().language()).isEqualTo("en");
    }

    @Test
    void overridesMatchingTheFileApplyInOrderOverTheTopLevel() throws IOException {
        config("", """
                {
                  "rules": {"section-title": "info", "plausibility": "error"},
                  "overrides": [
                    {"files": "archive/**", "rules": {"template-version": "off", "section-title": "warning"}},
                    {"files": ["*.docx", "*.html"], "language": "en", "rules": {"section-title": "off"}}
                  ]
                }""");
        ConfigLoader loader = new ConfigLoader();
        var archivedText = loader.settingsFor(file("archive/2019/a.txt", ""), null).settings();
        assertThat(archivedText.severityOf(RuleId.TEMPLATE_VERSION)).isEqualTo(Severity.OFF);
        assertThat(archivedText.severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.WARNING);
        assertThat(archivedText.severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.ERROR);
        assertThat(archivedText.language()).isEqualTo("zh");
        var archivedDocx = loader.settingsFor(file("archive/2019/a.docx", ""), null).settings();
        assertThat(archivedDocx.severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.OFF);
        assertThat(archivedDocx.language()).isEqualTo("en");
        var current = loader.settingsFor(file("2024/a.txt", ""), null).settings();
        assertThat(current.severityOf(RuleId.TEMPLATE_VERSION)).isEqualTo(Severity.ERROR);
        assertThat(current.severityOf(RuleId.SECTION_TITLE)).isEqualTo(Severity.INFO);
    }

    @Test
    void anExplicitConfigFileReplacesTheOneFoundAndGlobsAreRelativeToIt() throws IOException {
        config("", """
                {"rules": {"plausibility": "off"}}""");
        Path explicit = file("ci/strict.json", """
                {"rules": {"plausibility": "error"}, "overrides": [{"files": "../reports/*.txt", "rules": {"sum-relation": "info"}}]}""");
        ResolvedConfig c = new ConfigLoader().settingsFor(file("reports/a.txt", ""), explicit);
        assertThat(c.source()).isEqualTo(explicit.toAbsolutePath().normalize());
        assertThat(c.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.ERROR);
        assertThat(c.settings().severityOf(RuleId.SUM_RELATION)).isEqualTo(Severity.INFO);
    }

    @Test
    void unknownKeysAndBadValuesAreSkippedWithWarningsAndTheRestApplies() throws IOException {
        Path config = config("", """
                {
                  "langauge": "en",
                  "language": "fr",
                  "rules": {"sum-relaton": "off", "plausibility": "loud", "cross-year": 3, "narrative-mismatch": "OFF"},
                  "overrides": [{"rules": {"plausibility": "off"}}, {"files": [""], "colour": 1}, "x"]
                }""");
        ResolvedConfig c = new ConfigLoader().settingsFor(file("a.txt", ""), null);
        assertThat(c.settings().language()).isEqualTo("zh");
        assertThat(c.settings().severityOf(RuleId.NARRATIVE_MISMATCH)).isEqualTo(Severity.OFF);
        assertThat(c.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.WARNING);
        assertThat(c.warnings()).allMatch(w -> w.file().equals(config));
        assertThat(c.warnings()).extracting(ConfigWarning::where, w -> Messages.ZH.render(w.message())).containsExactly(
                org.assertj.core.groups.Tuple.tuple("langauge", "未知的配置项“langauge”，已忽略"),
                org.assertj.core.groups.Tuple.tuple("language", "语言“fr”无效，应为 \"zh\" 或 \"en\"，已忽略"),
                org.assertj.core.groups.Tuple.tuple("rules.sum-relaton", "未知的规则“sum-relaton”，已忽略（运行 gkreport rules 查看全部规则）"),
                org.assertj.core.groups.Tuple.tuple("rules.plausibility", "严重程度“loud”无效，应为 \"error\"、\"warning\"、\"info\" 或 \"off\"，已忽略"),
                org.assertj.core.groups.Tuple.tuple("rules.cross-year", "严重程度“3”无效，应为 \"error\"、\"warning\"、\"info\" 或 \"off\"，已忽略"),
                org.assertj.core.groups.Tuple.tuple("overrides[0].files", "缺少 files（文件模式），此项已忽略"),
                org.assertj.core.groups.Tuple.tuple("overrides[1].colour", "未知的配置项“colour”，已忽略"),
                org.assertj.core.groups.Tuple.tuple("overrides[1].files", "文件模式 \"\" 应为非空字符串，已忽略"),
                org.assertj.core.groups.Tuple.tuple("overrides[2]", "此处应为 JSON 对象，已忽略"));
    }

    @Test
    void aFileThatIsNotJsonIsSkippedWholeWithOneWarning() throws IOException {
        config("", "{\"rules\": {\"plausibility\": \"off\"");
        ResolvedConfig c = new ConfigLoader().settingsFor(file("a.txt", ""), null);
        assertThat(c.settings().severityOf(RuleId.PLAUSIBILITY)).isEqualTo(Severity.WARNING);
        assertThat(c.warnings()).singleElement().satisfies(w -> {
            assertThat(w.where()).isEmpty();
            assertThat(w.message().key()).isEqualTo("config.syntax");
        });
    }

    private Path config(String folder, String json) throws IOException {
        return file(folder.isEmpty() ? ConfigLoader.FILE_NAME : folder + "/" + ConfigLoader.FILE_NAME, json);
    }

    private Path file(String relative, String text) throws IOException {
        Path p = root.resolve(relative);
        Files.createDirectories(p.getParent());
        return Files.writeString(p, text, StandardCharsets.UTF_8);
    }
}

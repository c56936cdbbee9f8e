package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A rule is declared once, by its {@link RuleId} (id, default severity, doc page); everything else
 * that names it is checked against that: its class in {@link Rules#all} (or checked across files),
 * its description in both message bundles, its property in the config schema and in the VS Code
 * extension's settings, its row in the README's table. Forgetting any of them fails here.
 */
class RuleRegistrationTest {
    private static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleRunsOnceOnEveryReportOrAcrossFiles(RuleId id) {
        List<RuleId> running = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
        running.addAll(Rules.acrossFiles());
        assertThat(running).as("Rules.all and Rules.acrossFiles").containsOnlyOnce(id);
    }

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleIsDescribedInBothLanguages(RuleId id) {
        for (Locale locale : List.of(Locale.CHINESE, Locale.ENGLISH)) {
            ResourceBundle bundle = ResourceBundle.getBundle("gkreport.messages", locale,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            assertThat(bundle.containsKey("rule." + id.id())).as("rule.%s in %s", id.id(), locale).isTrue();
        }
    }

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleCanBeConfiguredInTheSchemaAndInVsCode(RuleId id) throws IOException {
        JsonObject schema = json("docs/gkreport.schema.json");
        assertThat(schema.toString()).contains("\"" + id.id() + "\":{\"$ref\":\"#/definitions/severity\"");
        JsonObject rules = JsonParser.parseString(Files.readString(ROOT.resolve("vscode-client/package.json"), StandardCharsets.UTF_8))
                .getAsJsonObject().getAsJsonObject("contributes").getAsJsonObject("configuration").getAsJsonObject("properties")
                .getAsJsonObject("gkreport.rules").getAsJsonObject("properties");
        assertThat(rules.has(id.id())).as("gkreport.rules.%s in package.json", id.id()).isTrue();
        assertThat(rules.getAsJsonObject(id.id()).getAsJsonArray("enum").toString()).isEqualTo("[\"error\",\"warning\",\"info\",\"off\"]");
    }

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleHasItsRowInTheReadmeWithItsSeverity(RuleId id) throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("| `" + id.id() + "` | " + id.defaultSeverity().id() + " |");
        assertThat(Arrays.stream(RuleId.values()).filter(r -> r.id().equals(id.id()))).hasSize(1);
    }

    private static JsonObject json(String path) throws IOException {
        return JsonParser.parseString(Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8)).getAsJsonObject();
    }
}

package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gkreport.rules.crossyear.CrossYearCheck;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rule is declared once, by its {@link RuleId} (id, default severity, doc page); everything else
 * that names it is checked against that, both ways (nothing missing, nothing extra): its class in
 * {@link Rules#all} (or, for the ids found only across files, {@link CrossYearCheck}), its
 * description in both message bundles, its property in the config schema and in the VS Code
 * extension's settings, its row in the README's table and its page in docs/rules/.
 */
class RuleRegistrationTest {
    private static final Path ROOT = Path.of("..");
    private static final Pattern README_RULE_ROW = Pattern.compile("^\\| `([^`]+)` \\| (\\w+) \\|", Pattern.MULTILINE);

    @Test
    void everyRuleRunsOnceOnEveryReportOrAcrossFiles() {
        List<RuleId> running = new ArrayList<>(Rules.all().stream().map(Rule::id).toList());
        running.addAll(Rules.acrossFiles());
        assertThat(running).as("Rules.all and Rules.acrossFiles").containsExactlyInAnyOrder(RuleId.values());
    }

    @Test
    void everyRuleClassIsRegistered() {
        Set<String> implementations = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("gkreport").stream()
                .filter(c -> c.isAssignableTo(Rule.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT))
                .map(JavaClass::getName)
                .collect(Collectors.toSet());
        assertThat(Rules.all().stream().map(r -> r.getClass().getName()))
                .as("Rules.all against the classes implementing Rule").containsExactlyInAnyOrderElementsOf(implementations);
    }

    @Test
    void theRulesCheckedAcrossFilesAreFoundByTheCrossYearCheck() {
        Set<String> made = new ClassFileImporter().importClass(CrossYearCheck.class).getFieldAccessesFromSelf().stream()
                .map(JavaFieldAccess::getTarget)
                .filter(field -> field.getOwner().isEquivalentTo(RuleId.class))
                .map(field -> field.getName())
                .collect(Collectors.toSet());
        assertThat(made).as("the RuleId constants CrossYearCheck uses")
                .containsAll(Rules.acrossFiles().stream().map(RuleId::name).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_en.properties"})
    void everyRuleIsDescribedInBothLanguages(String bundle) throws IOException {
        Properties messages = new Properties();
        try (Reader in = Files.newBufferedReader(ROOT.resolve("server/src/main/resources/gkreport/" + bundle))) {
            messages.load(in);
        }
        assertThat(messages.stringPropertyNames().stream().filter(key -> key.startsWith("rule."))
                .map(key -> key.substring("rule.".length())))
                .as("the rule.<id> keys of %s", bundle).containsExactlyInAnyOrderElementsOf(ids());
    }

    @Test
    void everyRuleCanBeConfiguredInTheSchema() throws IOException {
        JsonObject rules = json("docs/gkreport.schema.json").getAsJsonObject("definitions").getAsJsonObject("rules");
        assertThat(rules.getAsJsonObject("properties").keySet()).as("the rules of gkreport.schema.json")
                .containsExactlyInAnyOrderElementsOf(ids());
        assertThat(rules.getAsJsonObject("properties").entrySet()).allSatisfy(rule -> assertThat(
                rule.getValue().getAsJsonObject().get("$ref").getAsString()).isEqualTo("#/definitions/severity"));
        assertThat(rules.get("additionalProperties").getAsBoolean()).isFalse();
    }

    @Test
    void everyRuleCanBeConfiguredInVsCode() throws IOException {
        JsonObject rules = json("vscode-client/package.json").getAsJsonObject("contributes")
                .getAsJsonObject("configuration").getAsJsonObject("properties")
                .getAsJsonObject("gkreport.rules").getAsJsonObject("properties");
        assertThat(rules.keySet()).as("gkreport.rules in package.json").containsExactlyInAnyOrderElementsOf(ids());
        assertThat(rules.entrySet()).allSatisfy(rule -> assertThat(rule.getValue().getAsJsonObject().getAsJsonArray("enum")
                .toString()).as(rule.getKey()).isEqualTo("[\"error\",\"warning\",\"info\",\"off\"]"));
    }

    @Test
    void everyRuleHasItsRowInTheReadmeWithItsSeverity() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("\n## 规则 / Rules\n");
        String table = readme.substring(start, readme.indexOf("\n## ", start + 1));
        List<String> rows = new ArrayList<>();
        Matcher row = README_RULE_ROW.matcher(table);
        while (row.find()) rows.add(row.group(1) + " " + row.group(2));
        assertThat(rows).as("the README's rules table")
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values())
                        .map(r -> r.id() + " " + r.defaultSeverity().id()).toList());
    }

    @Test
    void everyRuleHasItsPage() throws IOException {
        try (Stream<Path> pages = Files.list(ROOT.resolve("docs/rules"))) {
            assertThat(pages.map(page -> "docs/rules/" + page.getFileName()))
                    .as("docs/rules/").containsExactlyInAnyOrderElementsOf(
                            Arrays.stream(RuleId.values()).map(RuleId::docPath).toList());
        }
    }

    @Test
    void everyIdIsDeclaredOnce() {
        Map<String, Long> declared = Arrays.stream(RuleId.values())
                .collect(Collectors.groupingBy(RuleId::id, Collectors.counting()));
        assertThat(declared).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    }

    private static List<String> ids() {
        return Arrays.stream(RuleId.values()).map(RuleId::id).toList();
    }

    private static JsonObject json(String path) throws IOException {
        return JsonParser.parseString(Files.readString(ROOT.resolve(path), StandardCharsets.UTF_8)).getAsJsonObject();
    }
}

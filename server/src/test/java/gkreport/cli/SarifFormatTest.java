package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.SpecificationVersion;
import gkreport.rules.RuleId;
import gkreport.testkit.Cli;
import gkreport.testkit.Docx;
import gkreport.testkit.JsonSchemas;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --format sarif} over a folder of .txt, .docx and .html reports and an unreadable one. */
class SarifFormatTest {
    static final Path SCHEMA = Path.of("src/test/resources/sarif/sarif-2.1.0-rtm.5.json");

    @TempDir
    static Path dir;
    static Cli run;
    static JsonObject log;

    @BeforeAll
    static void check() throws IOException {
        Files.copy(Samples.path("003"), dir.resolve("003.txt"));
        Docx.of(Samples.text("002")).save(dir.resolve("002 乡.docx"));
        Files.writeString(dir.resolve("broken.html"), "");
        run = Cli.run("check", "--format", "sarif", dir.toString());
        log = JsonParser.parseString(run.out()).getAsJsonObject();
    }

    @Test
    void isValidSarif210() {
        assertThat(log.get("version").getAsString()).isEqualTo("2.1.0");
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_4, run.out())).isEmpty();
    }

    @Test
    void exitsAsTheOtherFormatsDo() {
        assertThat(run.exit()).isEqualTo(2);
        assertThat(Cli.run("check", "--format", "sarif", Samples.path("004").toString()).exit()).isZero();
    }

    @Test
    void describesEveryRuleWithItsLevelAndHelpPage() {
        JsonArray rules = run().getAsJsonObject("tool").getAsJsonObject("driver").getAsJsonArray("rules");
        assertThat(rules).hasSize(RuleId.values().length);
        for (RuleId id : RuleId.values()) {
            JsonObject rule = rules.get(id.ordinal()).getAsJsonObject();
            assertThat(rule.get("id").getAsString()).isEqualTo(id.id());
            assertThat(rule.getAsJsonObject("help").get("markdown").getAsString()).startsWith("# " + id.id());
            assertThat(rule.getAsJsonObject("help").get("text").getAsString()).endsWith("(" + id.docPath() + ")");
            assertThat(rule.getAsJsonObject("defaultConfiguration").get("level").getAsString())
                    .isEqualTo(id.defaultSeverity().id().equals("info") ? "note" : id.defaultSeverity().id());
        }
    }

    @Test
    void locatesTextFindingsByLineAndCodePointColumn() {
        JsonObject numeral = results().stream().filter(r -> r.get("ruleId").getAsString().equals("section-number")).findFirst().orElseThrow();
        assertThat(numeral.get("level").getAsString()).isEqualTo("error");
        assertThat(numeral.get("ruleIndex").getAsInt()).isEqualTo(RuleId.SECTION_NUMBER.ordinal());
        JsonObject physical = numeral.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString()).endsWith("/003.txt");
        JsonObject region = physical.getAsJsonObject("region");
        assertThat(List.of(region.get("startLine").getAsInt(), region.get("startColumn").getAsInt(),
                region.get("endLine").getAsInt(), region.get("endColumn").getAsInt())).containsExactly(348, 1, 348, 3);
    }

    @Test
    void namesThePlaceOfFindingsInConvertedFilesAndEncodesTheirUri() {
        JsonObject missing = results().stream().filter(r -> r.get("ruleId").getAsString().equals("missing-cells")).findFirst().orElseThrow();
        JsonObject location = missing.getAsJsonArray("locations").get(0).getAsJsonObject();
        assertThat(location.getAsJsonArray("logicalLocations").get(0).getAsJsonObject().get("name").getAsString())
                .startsWith("表三“（一）予以公开”行");
        assertThat(missing.getAsJsonObject("message").get("text").getAsString()).startsWith("表三“（一）予以公开”行缺少6个数值");
        assertThat(location.getAsJsonObject("physicalLocation").getAsJsonObject("artifactLocation").get("uri").getAsString())
                .endsWith("/002%20%E4%B9%A1.docx");
    }

    @Test
    void reportsAnUnreadableFileAsAToolNotification() {
        JsonObject invocation = run().getAsJsonArray("invocations").get(0).getAsJsonObject();
        assertThat(invocation.get("executionSuccessful").getAsBoolean()).isFalse();
        JsonObject notification = invocation.getAsJsonArray("toolExecutionNotifications").get(0).getAsJsonObject();
        assertThat(notification.getAsJsonObject("message").get("text").getAsString()).contains("broken.html", "无法读取");
    }

    @Test
    void isTheSameOnEveryRun() {
        assertThat(Cli.run("check", "--format", "sarif", dir.toString()).out()).isEqualTo(run.out());
    }

    private static JsonObject run() {
        return log.getAsJsonArray("runs").get(0).getAsJsonObject();
    }

    private static List<JsonObject> results() {
        JsonArray results = run().getAsJsonArray("results");
        return StreamSupport.stream(results.spliterator(), false).map(JsonElement::getAsJsonObject).toList();
    }
}

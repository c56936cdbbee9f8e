package gkreport.config;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.SpecificationVersion;
import gkreport.rules.RuleId;
import gkreport.testkit.JsonSchemas;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/gkreport.schema.json describes what ConfigLoader reads, and the example in docs/formats.md is valid. */
class ConfigSchemaTest {
    static final Path SCHEMA = Path.of("../docs/gkreport.schema.json");
    static final Path FORMATS = Path.of("../docs/formats.md");

    @TempDir
    Path dir;

    @Test
    void theSchemaNamesEveryRule() throws IOException {
        JsonObject schema = JsonParser.parseString(Files.readString(SCHEMA, StandardCharsets.UTF_8)).getAsJsonObject();
        var rules = schema.getAsJsonObject("definitions").getAsJsonObject("rules").getAsJsonObject("properties").keySet();
        assertThat(rules).containsExactlyInAnyOrderElementsOf(Arrays.stream(RuleId.values()).map(RuleId::id).toList());
    }

    @Test
    void theDocumentedExampleIsValidAndLoadsWithoutWarnings() throws IOException {
        String example = documentedExample();
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_7, example)).isEmpty();
        Files.writeString(dir.resolve(ConfigLoader.FILE_NAME), example, StandardCharsets.UTF_8);
        ResolvedConfig c = new ConfigLoader().settingsFor(dir.resolve("archive/2019.txt"), null);
        assertThat(c.warnings()).isEmpty();
        assertThat(c.settings().severityOf(RuleId.TEMPLATE_VERSION)).isEqualTo(gkreport.rules.Severity.WARNING);
    }

    @Test
    void whatTheLoaderWarnsAboutTheSchemaRejects() {
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_7, "{\"rules\": {\"sum-relaton\": \"off\"}}")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_7, "{\"rules\": {\"sum-relation\": \"loud\"}}")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_7, "{\"langauge\": \"en\"}")).isNotEmpty();
        assertThat(JsonSchemas.errors(SCHEMA, SpecificationVersion.DRAFT_7, "{\"overrides\": [{\"rules\": {}}]}")).isNotEmpty();
    }

    /** The first json block after the config heading of docs/formats.md. */
    private static String documentedExample() throws IOException {
        String doc = Files.readString(FORMATS, StandardCharsets.UTF_8);
        int section = doc.indexOf("## 配置文件");
        int start = doc.indexOf("```json\n", section) + "```json\n".length();
        return doc.substring(start, doc.indexOf("```", start));
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkreport check} on a folder holding one agency's reports on two consecutive years. */
class CheckCommandCrossYearTest {
    @TempDir
    Path dir;

    /** Sample 004 (2022) and a 2023 report made from it whose 上年结转 says 1 where 2022 carried nothing forward. */
    private void writeReports() throws IOException {
        String lastYear = Samples.text("004");
        String thisYear = Samples.replace(lastYear, "桦川县创业乡2022年", "桦川县创业乡2023年");
        thisYear = Samples.setCellPerLineRow(thisYear, "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1");
        thisYear = Samples.setCellPerLineRow(thisYear, "（一）予以公开", "1", "0", "0", "0", "0", "0", "1");
        thisYear = Samples.setCellPerLineRow(thisYear, "（七）总计", "1", "0", "0", "0", "0", "0", "1");
        Files.writeString(dir.resolve("2022.txt"), lastYear, StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("2023.txt"), thisYear, StandardCharsets.UTF_8);
    }

    private String run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8), args);
        return out.toString(StandardCharsets.UTF_8);
    }

    private String shown(String name) {
        return dir.resolve(name).toString().replace('\\', '/');
    }

    @Test
    void theTextFormatShowsLastYearsCellAsAPositionInLastYearsFile() throws IOException {
        writeReports();
        List<String> lines = run("check", dir.toString()).lines().toList();
        int at = lines.indexOf(shown("2023.txt") + ":88:2: 警告 cross-year: "
                + "表三“二、上年结转政府信息公开申请数量”行“自然人”列为1，但上年（2022年）报告表三“四、结转下年度继续办理”行“自然人”列为0");
        assertThat(at).isGreaterThanOrEqualTo(0);
        assertThat(lines.get(at + 1)).isEqualTo("    " + shown("2022.txt") + ":336:2: 上年报告表三“四、结转下年度继续办理”行“自然人”列：0");
        assertThat(lines).filteredOn(l -> l.contains("cross-year")).hasSize(2);
    }

    @Test
    void theJsonFormatGivesTheRelatedPlacesFileAndPosition() throws IOException {
        writeReports();
        JsonObject root = JsonParser.parseString(run("check", "--format", "json", dir.toString())).getAsJsonObject();
        JsonObject thisYear = root.getAsJsonArray("files").get(1).getAsJsonObject();
        assertThat(thisYear.get("path").getAsString()).isEqualTo(shown("2023.txt"));
        JsonObject carryOver = thisYear.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("rule").getAsString().equals("cross-year")).findFirst().orElseThrow();
        JsonObject related = carryOver.getAsJsonArray("related").get(0).getAsJsonObject();
        assertThat(related.get("path").getAsString()).isEqualTo(shown("2022.txt"));
        assertThat(related.get("line").getAsInt()).isEqualTo(336);
        assertThat(related.get("column").getAsInt()).isEqualTo(2);
    }

    @Test
    void theGithubFormatGivesLastYearsCellItsOwnFileLineAndColumn() throws IOException {
        writeReports();
        String annotation = run("check", "--format", "github", dir.toString()).lines()
                .filter(l -> l.contains("title=cross-year")).findFirst().orElseThrow();
        assertThat(annotation.split("%0A")).hasSize(2);
        assertThat(annotation.split("%0A")[1])
                .isEqualTo(GithubFormat.escapeData(shown("2022.txt")) + ":336:2: 上年报告表三“四、结转下年度继续办理”行“自然人”列：0");
    }

    @Test
    void theSarifFormatPlacesLastYearsCellInLastYearsFile() throws IOException {
        writeReports();
        Path lastYear = dir.resolve("2022.txt");
        Files.writeString(lastYear, "\n\n\n" + Files.readString(lastYear, StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        JsonObject root = JsonParser.parseString(run("check", "--format", "sarif", dir.toString())).getAsJsonObject();
        JsonObject carryOver = root.getAsJsonArray("runs").get(0).getAsJsonObject().getAsJsonArray("results").asList().stream()
                .map(e -> e.getAsJsonObject()).filter(r -> r.get("ruleId").getAsString().equals("cross-year")).findFirst().orElseThrow();
        JsonObject physical = carryOver.getAsJsonArray("relatedLocations").get(0).getAsJsonObject().getAsJsonObject("physicalLocation");
        assertThat(physical.getAsJsonObject("artifactLocation").get("uri").getAsString()).endsWith("2022.txt");
        assertThat(physical.getAsJsonObject("region").get("startLine").getAsInt()).isEqualTo(339);
        assertThat(physical.getAsJsonObject("region").get("startColumn").getAsInt()).isEqualTo(2);
    }

    @Test
    void eachFileCheckedAloneHasNoCrossYearFinding() throws IOException {
        writeReports();
        assertThat(run("check", dir.resolve("2023.txt").toString())).doesNotContain("cross-year");
    }

    @Test
    void crossYearIsListedAmongTheRules() {
        assertThat(run("rules")).contains("cross-year", "narrative-mismatch", "year-mismatch", "conversion-artifact", "plausibility");
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.networknt.schema.SpecificationVersion;
import gkreport.testkit.JsonSchemas;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check as CI and editors use it: --quiet, --max-warnings, several reports in one run, no files, standard input. */
class CheckInCiTest {
    @TempDir
    Path dir;

    @Test
    void quietReportsErrorsOnlyAndMaxWarningsFailsTheBuildPastItsCount() {
        CliRun quiet = CliRun.of("check", "--quiet", "../samples");
        assertThat(quiet.out()).doesNotContain(" 警告 ").contains(" 错误 ").endsWith("共检查 5 个文件：7 个错误，0 个警告，0 个提示\n");
        String clean = Samples.path("004").toString(); // no error, six warnings
        assertThat(CliRun.of("check", clean).exitCode()).isZero();
        assertThat(CliRun.of("check", "--max-warnings", "6", clean).exitCode()).isZero();
        assertThat(CliRun.of("check", "--max-warnings", "5", clean).exitCode()).isEqualTo(1);
        assertThat(CliRun.of("check", "--quiet", "--max-warnings", "0", clean).exitCode()).as("quiet counts no warning").isZero();
    }

    @Test
    void severalFormatsGoEachToItsPlaceInOneRun() throws IOException {
        Path sarif = dir.resolve("gkreport.sarif");
        Path junit = dir.resolve("junit.xml");
        CliRun run = CliRun.of("check", "--format", "text", "--format", "sarif", "-o", sarif.toString(), "--format", "junit",
                "--output", junit.toString(), "../samples");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("共检查 5 个文件：7 个错误，15 个警告");
        String written = Files.readString(sarif, StandardCharsets.UTF_8);
        assertThat(JsonSchemas.errors(SarifFormatTest.SCHEMA, SpecificationVersion.DRAFT_4, written))
                .isEmpty();
        assertThat(JsonParser.parseString(written).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results")).hasSize(22);
        assertThat(Files.readString(junit, StandardCharsets.UTF_8)).startsWith("<?xml").contains("<testsuites name=\"gkreport\">");
        CliRun twice = CliRun.of("check", "--format", "json", "--format", "sarif", "../samples");
        assertThat(twice.exitCode()).isEqualTo(2);
        assertThat(twice.err()).contains("只能有一个 --format 写到标准输出");
    }

    @Test
    void aReportFileGoesIntoFoldersMadeForItOrTheRunSaysWhyItCannot() throws IOException {
        Path nested = dir.resolve("out/sarif/gkreport.sarif");
        assertThat(CliRun.of("check", "--format", "sarif", "-o", nested.toString(), "../samples").exitCode()).isEqualTo(1);
        assertThat(JsonSchemas.errors(SarifFormatTest.SCHEMA, SpecificationVersion.DRAFT_4,
                Files.readString(nested, StandardCharsets.UTF_8))).isEmpty();

        Path aFile = Files.writeString(dir.resolve("notes"), "x", StandardCharsets.UTF_8);
        CliRun blocked = CliRun.of("check", "--format", "sarif", "-o", aFile.resolve("gkreport.sarif").toString(), "../samples");
        assertThat(blocked.exitCode()).isEqualTo(2);
        assertThat(blocked.err()).isEqualTo("无法写入 " + aFile.resolve("gkreport.sarif") + "：" + aFile + " 是文件，不是文件夹\n");
        assertThat(Files.readString(aFile, StandardCharsets.UTF_8)).isEqualTo("x");
    }

    @Test
    void noFilesIsAWholeEmptyDocumentInEveryFormatAndExitTwo() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun json = CliRun.of("check", "--format", "json", empty.toString());
        assertThat(json.exitCode()).isEqualTo(2);
        JsonObject doc = JsonParser.parseString(json.out()).getAsJsonObject();
        assertThat(doc.getAsJsonArray("files")).isEmpty();
        assertThat(doc.getAsJsonObject("summary").get("files").getAsInt()).isZero();
        Path sarif = dir.resolve("x.sarif");
        assertThat(CliRun.of("check", "--format", "sarif", "-o", sarif.toString(), empty.toString()).exitCode()).isEqualTo(2);
        assertThat(JsonSchemas.errors(SarifFormatTest.SCHEMA, SpecificationVersion.DRAFT_4,
                Files.readString(sarif, StandardCharsets.UTF_8))).isEmpty();
        assertThat(CliRun.of("check", "--format", "junit", empty.toString()).out()).contains("<testsuites name=\"gkreport\">", "</testsuites>");
        assertThat(CliRun.of("check", empty.toString()).out()).isEqualTo("共检查 0 个文件：0 个错误，0 个警告，0 个提示\n");
    }

    @Test
    void aReportOnStandardInputIsCheckedUnderTheNameGivenWithThatNamesConfig() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve(".gkreport.json"), "{\"language\": \"en\"}", StandardCharsets.UTF_8);
        byte[] report = Files.readAllBytes(Samples.path("003"));
        CliRun run = CliRun.withInput(report, "check", "-", "--stdin-filename", reports.resolve("2020.txt").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains(reports.resolve("2020.txt") + ":348:1: error section-number");
        CliRun unnamed = CliRun.withInput(report, "check", "-");
        assertThat(unnamed.out()).contains("-:348:1: 错误 section-number");
        CliRun fix = CliRun.withInput(report, "check", "--fix", "-");
        assertThat(fix.exitCode()).isEqualTo(2);
        assertThat(fix.err()).contains("--fix 不能用于标准输入");
    }
}

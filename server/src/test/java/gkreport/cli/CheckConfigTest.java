package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Cli;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check applies .gkreport.json per file, --config over it, --lang over both, and warns about bad keys. */
class CheckConfigTest {
    @TempDir
    Path dir;
    Path report;

    @BeforeEach
    void sample() throws IOException {
        report = Files.copy(Samples.path("003"), Files.createDirectories(dir.resolve("2020")).resolve("003.txt"));
    }

    @Test
    void theNearestConfigSetsSeveritiesAndLanguage() throws IOException {
        write(".gkreport.json", """
                {"language": "en", "rules": {"section-number": "warning", "unknown-row": "off"}}""");
        Cli cli = Cli.run("check", report.toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).contains("warning section-number: Heading numeral \"4、\" is wrong").doesNotContain("unknown-row")
                .endsWith("Checked 1 file: 0 errors, 4 warnings, 0 infos\n");
    }

    @Test
    void anOverrideForTheFilesFolderApplies() throws IOException {
        write(".gkreport.json", """
                {"overrides": [{"files": "2020/**", "rules": {"section-number": "off"}}]}""");
        assertThat(Cli.run("check", report.toString()).out()).doesNotContain("section-number");
        assertThat(Cli.run("check", Samples.path("003").toString()).out()).contains("section-number");
    }

    @Test
    void configGivenOnTheCommandLineReplacesTheOneFoundAndLangReplacesItsLanguage() throws IOException {
        write(".gkreport.json", """
                {"language": "en", "rules": {"section-number": "off"}}""");
        Path strict = write("strict.json", """
                {"language": "en", "rules": {"unknown-row": "error"}}""");
        Cli cli = Cli.run("check", "--config", strict.toString(), "--lang", "zh", report.toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("错误 section-number", "错误 unknown-row").endsWith("共检查 1 个文件：3 个错误，2 个警告，0 个提示\n");
    }

    @Test
    void badKeysAndValuesAreWarnedAboutOnStderrOnceAndTheRestApplies() throws IOException {
        Path config = write(".gkreport.json", """
                {"rule": {}, "rules": {"unknown-row": "never", "section-number": "warning"}}""");
        Files.copy(Samples.path("004"), dir.resolve("2020/004.txt"));
        Cli cli = Cli.run("check", dir.toString());
        assertThat(cli.err().lines()).containsExactly(
                "配置文件 " + config + " rule：未知的配置项“rule”，已忽略",
                "配置文件 " + config + " rules.unknown-row：严重程度“never”无效，应为 \"error\"、\"warning\"、\"info\" 或 \"off\"，已忽略");
        assertThat(cli.out()).contains("警告 section-number", "警告 unknown-row");
        assertThat(cli.exit()).isZero();
    }

    @Test
    void aConfigFileThatDoesNotExistIsBadUsage() {
        Cli cli = Cli.run("check", "--config", dir.resolve("none.json").toString(), report.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("找不到配置文件");
    }

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which files a check takes: globs, .gkreportignore in gitignore syntax, the config's ignores; named files always. */
class FileSelectionTest {
    @TempDir
    Path dir;
    Path reports;

    @BeforeEach
    void folder() throws IOException {
        reports = Files.createDirectories(dir.resolve("reports"));
        Files.createDirectories(reports.resolve("2023"));
        Files.createDirectories(reports.resolve("drafts/old"));
        Files.copy(Samples.path("003"), reports.resolve("2023/county.txt"));
        Files.copy(Samples.path("004"), reports.resolve("2023/town.txt"));
        Files.copy(Samples.path("001"), reports.resolve("drafts/old/draft.txt"));
        Files.copy(Samples.path("002"), reports.resolve("notes.md"));
    }

    private String checked(String... args) {
        return CliRun.of(args).out();
    }

    @Test
    void aQuotedGlobIsExpandedAsAShellWouldNot() {
        String out = checked("check", reports + "/**/*.txt");
        assertThat(out).contains("county.txt", "town.txt", "draft.txt").doesNotContain("notes.md").contains("共检查 3 个文件");
        assertThat(checked("check", reports + "/2023/c*.txt")).contains("county.txt").doesNotContain("town.txt");
        CliRun none = CliRun.of("check", reports + "/**/*.gkr");
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(none.out()).contains("无法读取");
    }

    @Test
    void anIgnoreFileLeavesFilesAndFoldersOutOfWalksInGitignoreSyntax() throws IOException {
        Files.writeString(reports.resolve(".gkreportignore"), "# drafts are not reports yet\ndrafts/\n*.md\n", StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("2023/.gkreportignore"), "t*.txt\n!town.txt\n", StandardCharsets.UTF_8);
        String out = checked("check", reports.toString());
        assertThat(out).contains("county.txt", "town.txt").doesNotContain("draft.txt", "notes.md").contains("共检查 2 个文件");
        Files.writeString(reports.resolve("2023/.gkreportignore"), "/town.txt\n", StandardCharsets.UTF_8);
        assertThat(checked("check", reports.toString())).doesNotContain("town.txt").contains("共检查 1 个文件");
        assertThat(checked("check", reports.resolve("notes.md").toString())).as("a file named is checked").contains("notes.md");
    }

    @Test
    void theConfigsIgnoresLeaveFilesOutOfWalksAndOfFmt() throws IOException {
        Files.writeString(reports.resolve(".gkreport.json"), "{\"ignores\": [\"drafts/**\", \"notes.md\"]}", StandardCharsets.UTF_8);
        String out = checked("check", reports.toString());
        assertThat(out).doesNotContain("draft.txt", "notes.md").contains("共检查 2 个文件");
        String draft = Files.readString(reports.resolve("drafts/old/draft.txt"), StandardCharsets.UTF_8);
        CliRun.of("fmt", reports.toString());
        assertThat(Files.readString(reports.resolve("drafts/old/draft.txt"), StandardCharsets.UTF_8)).isEqualTo(draft);
        assertThat(Files.readString(reports.resolve("2023/county.txt"), StandardCharsets.UTF_8)).startsWith("# ");
    }

    @Test
    void withIgnoreUnknownNamedFilesAreChosenAsWalksChooseThem() throws IOException {
        Files.writeString(reports.resolve(".gkreportignore"), "drafts/\n", StandardCharsets.UTF_8);
        Path readme = Files.writeString(dir.resolve("README.md"), "# 说明\n这里存放各单位的年报。\n", StandardCharsets.UTF_8);
        Path json = Files.writeString(dir.resolve("settings.json"), "{}", StandardCharsets.UTF_8);
        String[] named = {readme.toString(), json.toString(), reports.resolve("drafts/old/draft.txt").toString(),
            reports.resolve("2023/town.txt").toString()};

        CliRun all = CliRun.of(concat(new String[] {"check"}, named));
        assertThat(all.out()).contains("README.md", "settings.json", "draft.txt", "town.txt");
        assertThat(all.exitCode()).isEqualTo(1);

        CliRun chosen = CliRun.of(concat(new String[] {"check", "--ignore-unknown", "--verbose"}, named));
        assertThat(chosen.exitCode()).isZero();
        assertThat(chosen.out()).contains("town.txt").doesNotContain("README.md", "settings.json", "draft.txt")
                .endsWith("共检查 1 个文件：0 个错误，6 个警告，0 个提示\n");
        assertThat(chosen.err()).contains("跳过 " + readme);

        CliRun nothingLeft = CliRun.of("check", "-u", readme.toString(), json.toString());
        assertThat(nothingLeft.exitCode()).as("a commit touching no report passes").isZero();
        assertThat(nothingLeft.err()).isEmpty();

        String readmeBefore = Files.readString(readme, StandardCharsets.UTF_8);
        assertThat(CliRun.of("fmt", "-u", readme.toString(), reports.resolve("2023/town.txt").toString()).exitCode()).isZero();
        assertThat(Files.readString(readme, StandardCharsets.UTF_8)).isEqualTo(readmeBefore);
        assertThat(Files.readString(reports.resolve("2023/town.txt"), StandardCharsets.UTF_8)).startsWith("# ");
    }

    private static String[] concat(String[] a, String[] b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Docx;
import gkreport.testkit.PdfCorpus;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a terminal user expects of gkreport's commands: usage, refusals that say why, folders everywhere, ordinary file modes. */
class CommandLineHabitsTest {
    @TempDir
    Path dir;

    @Test
    void aBareGkreportPrintsItsUsageAndExitsTwo() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Usage: gkreport", "check", "import");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void anUnknownLanguageIsRefusedWithTheOnesThereAre() {
        for (String[] args : new String[][] {{"check", "--lang", "fr", "../samples"}, {"rules", "--lang", "fr"},
            {"new", "--year", "2023", "--lang", "fr"}, {"fmt", "--lang", "fr", "x.txt"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).as(String.join(" ", args)).isEqualTo(2);
            assertThat(run.err()).contains("“fr”不是可用的语言，只能是 zh（中文）或 en（English）");
        }
        assertThat(CliRun.of("rules", "--lang", "EN").out()).contains("sum-relation");
    }

    @Test
    void aYearBeforeTheNationalFormatIsRefusedSayingWhy() {
        CliRun run = CliRun.of("new", "--year", "2010");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--year 2010：全国统一的年报格式从 2019 年度报告起才有");
        assertThat(CliRun.of("new", "--year", "2019").exitCode()).isZero();
    }

    @Test
    void importTakesSeveralFilesAndFoldersIntoAnOutputFolder() throws IOException {
        Path in = Files.createDirectories(dir.resolve("in/sub"));
        Files.copy(PdfCorpus.path("hzq2023"), in.resolve("hzq2023.pdf"));
        Docx.of(Samples.text("004")).save(in.getParent().resolve("2022.docx"));
        Files.copy(Samples.path("003"), in.resolve("already-text.txt"));
        Path out = dir.resolve("out");
        CliRun run = CliRun.of("import", in.getParent().toString(), "-d", out.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("2022.md")).exists();
        assertThat(Files.readString(out.resolve("sub/hzq2023.md"), StandardCharsets.UTF_8)).startsWith("<!-- 第1页 -->");
        assertThat(out.resolve("sub/already-text.md")).doesNotExist();
        CliRun again = CliRun.of("import", in.getParent().toString(), "-d", out.toString());
        assertThat(again.exitCode()).as("existing files are kept without --force").isEqualTo(2);

        CliRun many = CliRun.of("import", in.resolve("hzq2023.pdf").toString(), in.getParent().resolve("2022.docx").toString());
        assertThat(many.exitCode()).isEqualTo(2);
        assertThat(many.err()).contains("请用 -d OUTDIR 指定写入的文件夹");
        CliRun both = CliRun.of("import", in.resolve("hzq2023.pdf").toString(), "-d", out.toString(), "-o", "x.md");
        assertThat(both.err()).contains("-o 和 -d 只能选一个");
    }

    @Test
    void fmtWalksFoldersAndLeavesWhatIsNoTextReportAlone() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path report = Files.copy(Samples.path("003"), reports.resolve("2020.txt"));
        String readme = "# 说明\n\n本文件夹收录各单位的年度报告。\n";
        Path notes = Files.writeString(reports.resolve("README.md"), readme, StandardCharsets.UTF_8);
        Docx.of(Samples.text("004")).save(reports.resolve("2022.docx"));
        CliRun check = CliRun.of("fmt", "--check", reports.toString());
        assertThat(check.exitCode()).isEqualTo(1);
        assertThat(check.out()).contains("2020.txt").doesNotContain("README.md", "2022.docx");
        assertThat(CliRun.of("fmt", reports.toString()).exitCode()).isZero();
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).isEqualTo(readme);
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).startsWith("# ");
        assertThat(CliRun.of("fmt", "--check", reports.toString()).exitCode()).isZero();
    }

    @Test
    void filesWrittenAnewGetTheModeTheUmaskGivesAndOldOnesKeepTheirs() throws IOException {
        Path probe = Files.createFile(dir.resolve("probe"));
        String usual = PosixFilePermissions.toString(Files.getPosixFilePermissions(probe));
        Path created = dir.resolve("2023.md");
        assertThat(CliRun.of("new", "--year", "2023", "-o", created.toString()).exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo(usual).isNotEqualTo("rw-------");
        Files.setPosixFilePermissions(created, PosixFilePermissions.fromString("rw-rw----"));
        assertThat(CliRun.of("new", "--year", "2024", "-o", created.toString(), "--force").exitCode()).isZero();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(created))).isEqualTo("rw-rw----");
    }
}

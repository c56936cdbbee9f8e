package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What check and --fix may read and write: regular files only, never a read-only file, links and owners kept. */
class FileSafetyTest {
    @TempDir
    Path dir;

    private static final String S003 = Samples.text("003");

    @Test
    @Timeout(value = 60, unit = TimeUnit.SECONDS) // a guard against hanging on the pipe, not a speed target
    void aPipeAndADeviceAreRefusedAtOnceAndTheOtherFilesChecked() throws Exception {
        Path fifo = dir.resolve("pipe.txt");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path report = Files.writeString(dir.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", fifo.toString(), "/dev/zero", report.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(fifo + "：无法读取：不是普通文件（设备、管道或套接字），未读取",
                "/dev/zero：无法读取：不是普通文件（设备、管道或套接字），未读取", report + ":348:1: 错误 section-number");
        assertThat(CliRun.of("fmt", "/dev/zero").err()).contains("/dev/zero：无法读取：不是普通文件");
    }

    @Test
    void aReadOnlyFileIsNotFixedAndTheRunSaysWhy() throws IOException {
        Path report = Files.writeString(dir.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("r--r--r--"));
        CliRun run = CliRun.of("check", "--fix", report.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).contains(report + "：修改未写回：" + report.toRealPath() + " 是只读文件")
                .contains(report + ":348:1: 错误 section-number");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(S003);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(report))).isEqualTo("r--r--r--");

        CliRun fmt = CliRun.of("fmt", report.toString());
        assertThat(fmt.exitCode()).isEqualTo(2);
        assertThat(fmt.err()).contains("修改未写回").contains("是只读文件");
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).isEqualTo(S003);
    }

    @Test
    void aLinkStaysALinkAndItsTargetIsFixed() throws IOException {
        Path target = Files.writeString(dir.resolve("target.txt"), S003, StandardCharsets.UTF_8);
        Path link = Files.createSymbolicLink(dir.resolve("link.txt"), target.getFileName());
        CliRun run = CliRun.of("check", "--fix", link.toString());
        assertThat(run.out()).contains("已修复 3 处：" + link);
        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(Files.readString(target, StandardCharsets.UTF_8)).contains("\n四、").doesNotContain("\n4、");
    }

    @Test
    void aFixKeepsTheFilesOwnerGroupAndMode() throws IOException {
        Path report = Files.writeString(dir.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(report, PosixFilePermissions.fromString("rw-r-----"));
        PosixFileAttributeView view = Files.getFileAttributeView(report, PosixFileAttributeView.class);
        UserPrincipal owner = view.readAttributes().owner();
        if (owner.getName().equals("root")) { // root may give the file away: the fix must give it back to its owner
            owner = report.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("nobody");
            view.setOwner(owner);
        }
        var group = view.readAttributes().group();
        CliRun run = CliRun.of("check", "--fix", report.toString());
        assertThat(run.out()).contains("已修复 3 处：" + report);
        var after = Files.getFileAttributeView(report, PosixFileAttributeView.class).readAttributes();
        assertThat(after.owner()).isEqualTo(owner);
        assertThat(after.group()).isEqualTo(group);
        assertThat(PosixFilePermissions.toString(after.permissions())).isEqualTo("rw-r-----");
    }

    @Test
    void aFileNameWithALineBreakStaysOnItsLineOfOutput() throws IOException {
        Path report = Files.writeString(dir.resolve("年报\n2020.txt"), S003, StandardCharsets.UTF_8);
        CliRun run = CliRun.of("check", report.toString());
        assertThat(run.out().lines().filter(l -> l.contains("section-number")))
                .hasSize(2).allSatisfy(l -> assertThat(l).startsWith(dir.resolve("年报⏎2020.txt") + ":"));
    }

    @Test
    void aQuotedTextWithLineBreaksIsOneLineInAMessage() {
        var messages = gkreport.text.Messages.forLanguage("zh");
        assertThat(messages.render(gkreport.text.Message.of("debris.pageNumber", "1\r\n2\u20283")))
                .doesNotContain("\n", "\r", "\u2028").contains("1⏎2⏎3");
    }
}

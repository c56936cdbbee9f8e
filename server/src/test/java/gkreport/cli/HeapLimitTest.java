package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.lsp.SampleFiles;
import gkreport.testkit.ChildJvm;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real command line in a 64 MB heap: a 5 MB text report is checked (its memory is a small
 * multiple of its size), one that cannot fit is named as unreadable with the option that gives more
 * memory, and the other files are still checked and reported; exit code 2, no stack trace.
 */
class HeapLimitTest {
    private static final String HEAP = "-Xmx64m";

    @TempDir
    Path dir;

    @Test
    void aReportTooLargeForTheHeapIsUnreadableAndTheOthersAreStillChecked() throws IOException, InterruptedException {
        Path tooLarge = repeated(dir.resolve("19MB.txt"), 3000); // under the 20 MB limit on files
        Path fiveMegabytes = repeated(dir.resolve("5MB.txt"), 834);
        Path stderr = dir.resolve("stderr.txt");
        Process p = ChildJvm.gkreport(List.of(HEAP), "check", tooLarge.toString(), fiveMegabytes.toString(),
                SampleFiles.DIR.toString()).redirectError(stderr.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        String err = Files.readString(stderr);
        assertThat(p.exitValue()).as(err).isEqualTo(2);
        assertThat(out).contains(tooLarge + "：无法读取：文件过大，无法在 64 MB 的 Java 堆内存中读取；可设置环境变量 GKREPORT_JAVA_OPTS=-Xmx512m");
        assertThat(out).contains(fiveMegabytes + ":348:1: 错误 section-number: 标题序号“4、”有误");
        for (String sample : SampleFiles.names()) assertThat(out).contains(SampleFiles.DIR.resolve(sample).toString().replace('\\', '/') + ":");
        assertThat(out).endsWith("共检查 7 个文件：5,007 个错误，1,684 个警告，0 个提示，1 个文件无法读取" + System.lineSeparator());
        assertThat(out + err).doesNotContain("Exception", "OutOfMemoryError", "\tat ");
    }

    /** Sample 003 (a county's 2020 report, 6 KB) written this many times over into one file. */
    private static Path repeated(Path file, int times) throws IOException {
        byte[] report = Files.readAllBytes(SampleFiles.DIR.resolve(SampleFiles.S003));
        try (OutputStream out = Files.newOutputStream(file)) {
            for (int i = 0; i < times; i++) out.write(report);
        }
        return file;
    }
}

package gkreport.io;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.Finding;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.testkit.ChildJvm;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code check --fix} of a large GB18030 file with CR LF line breaks, killed (SIGKILL) at random
 * points of its run: the file is always either the old bytes or the new, never a mix; a temporary
 * file a killed run leaves is removed by the next write of that file.
 */
class AtomicWriteKillTest {
    private static final List<String> JVM = List.of("-Xmx512m");

    @TempDir
    Path dir;

    @Test
    void aFixKilledAnywhereLeavesTheOldOrTheNewFileAndTheNextWriteRemovesItsLeftovers() throws Exception {
        String text = largeReport();
        byte[] old = text.getBytes(TextDecoder.GB18030);
        String fixedText = new Fixer(new Analyzer()).fixAll(text, Settings.DEFAULT, Finding::fixable).text();
        byte[] fixed = fixedText.getBytes(TextDecoder.GB18030);
        assertThat(fixedText).isNotEqualTo(text).contains("\r\n四、");
        Path file = dir.resolve("report.txt");

        Files.write(file, old);
        long start = System.nanoTime();
        assertThat(runToTheEnd(file)).isEqualTo(fixed);
        long wholeRunMs = (System.nanoTime() - start) / 1_000_000;

        Random random = new Random(20);
        for (int i = 0; i < 8; i++) {
            Files.write(file, old);
            Process p = ChildJvm.start(JVM, "check", "--fix", file.toString());
            Thread.sleep(random.nextInt((int) wholeRunMs + 1));
            p.destroyForcibly();
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            byte[] now = Files.readAllBytes(file);
            assertThat(now.length == old.length || now.length == fixed.length).as("kill %d: %d bytes", i, now.length).isTrue();
            assertThat(now).isEqualTo(now.length == old.length ? old : fixed);
        }

        Files.write(file, old);
        Path leftover = Files.writeString(dir.resolve(".report.txt.999999999.1234.tmp"), "half a write");
        assertThat(runToTheEnd(file)).isEqualTo(fixed);
        assertThat(leftover).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString())).containsExactly("report.txt");
        }
    }

    /** Sample 003 (numbering and debris to fix) repeated to about 1 MB, with CR LF line breaks. */
    private static String largeReport() {
        String sample = Samples.text("003").replace("\r\n", "\n").replace("\n", "\r\n");
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_000_000) b.append(sample).append("\r\n");
        return b.toString();
    }

    private static byte[] runToTheEnd(Path file) throws IOException, InterruptedException {
        Process p = ChildJvm.gkreport(JVM, "check", "--fix", file.toString()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return Files.readAllBytes(file);
    }
}

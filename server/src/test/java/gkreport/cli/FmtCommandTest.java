package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.format.CanonicalFormatter;
import gkreport.io.TextDecoder;
import gkreport.testkit.Cli;
import gkreport.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkreport fmt}: the canonical form written in place, encoding and line breaks kept; {@code --check}. */
class FmtCommandTest {
    private static final String S003 = Samples.text("003");

    @TempDir
    Path dir;

    @Test
    void rewritesAReportInTheCanonicalFormAndASecondRunChangesNothing() throws Exception {
        Path file = Files.writeString(dir.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        Cli first = Cli.run("fmt", file.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).isEqualTo("已格式化：" + file + "\n");
        String formatted = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(formatted).isEqualTo(CanonicalFormatter.format(S003)).startsWith("# ").contains("\n## 4、政府信息公开行政复议、行政诉讼情况\n");
        Cli second = Cli.run("fmt", file.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).isEmpty();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(formatted);
    }

    @Test
    void keepsGb18030AndCrlfLineBreaks() throws Exception {
        Path file = Files.write(dir.resolve("gbk.txt"), S003.replace("\n", "\r\n").getBytes(TextDecoder.GB18030));
        assertThat(Cli.run("fmt", file.toString()).exit()).isZero();
        byte[] written = Files.readAllBytes(file);
        assertThat(written).isEqualTo(CanonicalFormatter.format(S003).replace("\n", "\r\n").getBytes(TextDecoder.GB18030));
    }

    @Test
    void keepsAUtf8ByteOrderMark() throws Exception {
        Path file = Files.writeString(dir.resolve("bom.txt"), "\uFEFF" + S003, StandardCharsets.UTF_8);
        assertThat(Cli.run("fmt", file.toString()).exit()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + CanonicalFormatter.format(S003));
    }

    @Test
    void checkWritesNothingAndListsTheFilesThatWouldChange() throws Exception {
        Path raw = Files.writeString(dir.resolve("raw.txt"), S003, StandardCharsets.UTF_8);
        Path canonical = Files.writeString(dir.resolve("canonical.txt"), CanonicalFormatter.format(S003), StandardCharsets.UTF_8);
        Cli both = Cli.run("fmt", "--check", raw.toString(), canonical.toString());
        assertThat(both.exit()).isEqualTo(1);
        assertThat(both.out()).isEqualTo("需要格式化：" + raw + "\n");
        assertThat(Files.readString(raw, StandardCharsets.UTF_8)).isEqualTo(S003);
        Cli clean = Cli.run("fmt", "--check", "--lang", "en", canonical.toString());
        assertThat(clean.exit()).isZero();
        assertThat(clean.out()).isEmpty();
        assertThat(Cli.run("fmt", "--check", "--lang", "en", raw.toString()).out()).isEqualTo("would reformat: " + raw + "\n");
    }

    @Test
    void anUnreadableFileExitsTwoAndTheOthersAreStillFormatted() throws Exception {
        Path raw = Files.writeString(dir.resolve("raw.txt"), S003, StandardCharsets.UTF_8);
        Path missing = dir.resolve("missing.txt");
        Path docx = Files.write(dir.resolve("report.docx"), new byte[] {1, 2, 3});
        Cli cli = Cli.run("fmt", missing.toString(), docx.toString(), raw.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains(missing + "：无法读取：文件或文件夹不存在")
                .contains(docx + "：无法读取：不是文本报告；.docx、.html 请先用 gkreport import 转为文本");
        assertThat(Files.readString(raw, StandardCharsets.UTF_8)).isEqualTo(CanonicalFormatter.format(S003));
        assertThat(Cli.run("fmt", "--check", missing.toString()).exit()).isEqualTo(2);
    }
}

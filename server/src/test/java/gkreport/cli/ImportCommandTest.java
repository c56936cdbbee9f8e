package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Cli;
import gkreport.testkit.Docx;
import gkreport.testkit.Hostile;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImportCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheCanonicalTextOrWritesItAndTheWrittenFileChecksAsTheDocxDoes() throws IOException {
        Path docx = Docx.of(Samples.text("003")).save(dir.resolve("003.docx"));
        Cli printed = Cli.run("import", docx.toString());
        assertThat(printed.exit()).isZero();
        assertThat(printed.out()).startsWith("# ").contains("\n## 一、总体情况\n");
        Path out = dir.resolve("003.md");
        Cli written = Cli.run("import", docx.toString(), "-o", out.toString());
        assertThat(written.exit()).isZero();
        assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(printed.out());
        assertThat(positions(Cli.run("check", docx.toString()).out(), docx)).isEqualTo(positions(Cli.run("check", out.toString()).out(), out))
                .hasSize(5);
    }

    /** 「line:column: severity rule」 of each finding printed. */
    private static java.util.List<String> positions(String output, Path file) {
        return output.lines().filter(l -> l.startsWith(file + ":")).map(l -> l.substring(file.toString().length() + 1))
                .map(l -> l.substring(0, l.indexOf(": ", l.indexOf(": ") + 2))).toList();
    }

    @Test
    void anUnreadableFileExitsTwoWithItsReason() throws IOException {
        Path notDocx = Files.writeString(dir.resolve("x.docx"), "hello");
        Cli cli = Cli.run("import", notDocx.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).isEmpty();
        assertThat(cli.err()).contains("x.docx：无法读取：不是有效的 .docx 文件");
        assertThat(Cli.run("import", "--lang", "en", notDocx.toString()).err()).contains("cannot read: not a valid .docx");
    }

    @Test
    void anOldWordDocumentIsRefusedWithTheAdviceToSaveItAsDocx() {
        Path doc = Hostile.legacyDoc(dir.resolve("2019年报.doc"));
        Cli cli = Cli.run("import", doc.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("这是旧版 Word 文档（.doc），不是 .docx；请在 Word 或 WPS 中“另存为” .docx 后再检查");
    }

    @Test
    void aDocxMisnamedDocIsReadAsWhatItIs() throws IOException {
        Path doc = Docx.of(Samples.text("004")).save(dir.resolve("report.doc"));
        Cli cli = Cli.run("check", doc.toString());
        assertThat(cli.exit()).isZero();
    }

    @Test
    void onlyDocxHtmlAndPdfAreImported() throws IOException {
        Path text = Files.copy(Samples.path("004"), dir.resolve("a.txt"));
        Cli cli = Cli.run("import", text.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("只能导入 .docx、.html、.htm 或 .pdf 文件");
    }

    @Test
    void aMissingFileIsNamedAsMissing() {
        Cli cli = Cli.run("import", dir.resolve("none.docx").toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("文件或文件夹不存在");
    }
}

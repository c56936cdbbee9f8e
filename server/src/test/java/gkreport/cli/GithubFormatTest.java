package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Cli;
import gkreport.testkit.Mutate;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GithubFormatTest {
    @TempDir
    Path dir;

    @Test
    void escapesDataAndPropertiesAsTheRunnerExpects() {
        Map<String, String> props = new LinkedHashMap<>();
        props.put("file", "reports/a,b:c%d.txt");
        props.put("title", "x\r\ny");
        assertThat(GithubFormat.command("warning", props, "50% of\r\nthe: rows, here"))
                .isEqualTo("::warning file=reports/a%2Cb%3Ac%25d.txt,title=x%0D%0Ay::50%25 of%0D%0Athe: rows, here");
    }

    @Test
    void annotatesEachFindingWithItsRangeAndRule() throws IOException {
        Path file = Files.copy(Samples.path("003"), dir.resolve("003,年报.txt"));
        Cli cli = Cli.run("check", "--format", "github", file.toString());
        assertThat(cli.exit()).isEqualTo(1);
        String shown = GithubFormat.escapeProperty(file.toString());
        assertThat(cli.out().lines()).contains(
                "::error file=" + shown + ",line=348,col=1,endLine=348,endColumn=2,title=section-number::标题序号“4、”有误，“政府信息公开行政复议、行政诉讼情况”应编为“四、”",
                "::warning file=" + shown + ",line=80,col=2,endLine=80,endColumn=40,title=unknown-row::表二中有格式之外的行“2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：3”");
        assertThat(cli.out()).endsWith("共检查 1 个文件：2 个错误，3 个警告，0 个提示\n");
    }

    @Test
    void theOperandCellsOfASumFollowOnTheirOwnLinesOnlyWithVerbose() throws IOException {
        Mutate m = Mutate.of(Samples.text("004"));
        Path file = Files.writeString(dir.resolve("r.txt"), m.setCell(m.table4Cell(4), "9"));
        String annotation = sumAnnotation(Cli.run("check", "--format", "github", "--lang", "en", file.toString()));
        assertThat(annotation).startsWith("::error file=").contains("::Table 4, \"行政复议\": ").doesNotContain("%0A");

        String verbose = sumAnnotation(Cli.run("check", "--format", "github", "--lang", "en", "--verbose", file.toString()));
        assertThat(verbose.split("%0A")).hasSize(5).allMatch(part -> !part.contains("\n"));
        assertThat(verbose.split("%0A")[1]).startsWith(GithubFormat.escapeData(file.toString()) + ":");
    }

    private static String sumAnnotation(Cli cli) {
        return cli.out().lines().filter(l -> l.contains("title=sum-relation")).findFirst().orElseThrow();
    }

    @Test
    void anUnreadableFileIsAnErrorAnnotationAndExitsTwo() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");
        Cli cli = Cli.run("check", "--format", "github", empty.toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).startsWith("::error file=" + GithubFormat.escapeProperty(empty.toString()) + ",title=gkreport::")
                .contains("无法读取：文件为空");
    }
}

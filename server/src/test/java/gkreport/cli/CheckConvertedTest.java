package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.testkit.Cli;
import gkreport.testkit.Docx;
import gkreport.testkit.Html;
import gkreport.testkit.Mutate;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check reads .docx and .html in memory and names where each finding stands in words. */
class CheckConvertedTest {
    @TempDir
    Path dir;

    /** Sample 004 with 自然人's total in table 三 written one too high. */
    private String wrongTotal() {
        Mutate m = Mutate.of(Samples.text("004"));
        var cell = m.table3Cell("R3.7", 0);
        return m.setCell(cell, String.valueOf(cell.number().intValue() + 1));
    }

    @Test
    void aWordReportsFindingsNameTheCellInWords() {
        Path docx = Docx.of(wrongTotal()).save(dir.resolve("报告.docx"));
        Cli cli = Cli.run("check", docx.toString());
        assertThat(cli.exit()).isEqualTo(1);
        assertThat(cli.out()).contains("报告.docx：行号和列号指转换后的文本中的位置（运行 gkreport import " + docx + " 可查看该文本）");
        assertThat(cli.out()).containsPattern("报告\\.docx:\\d+:\\d+: 错误 sum-relation: 表三“自然人”列：（一）至（六）各项之和为0，但“（七）总计”填写1")
                .containsPattern("报告\\.docx:\\d+:\\d+: 警告 year-mismatch: 第一部分“总体情况”：正文此处所述为2021年")
                .doesNotContain("列：表三");
        assertThat(cli.out()).doesNotContain("--fix");
    }

    @Test
    void theJsonOfAWebPageGivesThePlaceAsAFieldAndTheInputKind() throws IOException {
        Path html = Files.writeString(dir.resolve("nb.html"), Html.page(wrongTotal()), StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", "--format", "json", "--lang", "en", html.toString());
        JsonObject file = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(file.get("input").getAsString()).isEqualTo("html");
        assertThat(file.get("template").getAsString()).isEqualTo("2021");
        JsonObject finding = file.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("rule").getAsString().equals("sum-relation")).findFirst().orElseThrow();
        assertThat(finding.get("place").getAsString()).isEqualTo("Table 3, row \"(7) 总计\", column \"自然人\"".replace("(7) 总计", "（七）总计"));
        assertThat(finding.get("line").getAsInt()).isPositive();
    }

    @Test
    void aFolderOfTextWordAndWebReportsIsCheckedTogether() throws IOException {
        Files.copy(Samples.path("004"), dir.resolve("a.txt"));
        Docx.of(Samples.text("004")).save(dir.resolve("b.docx"));
        Files.writeString(dir.resolve("c.htm"), Html.page(Samples.text("004")), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("~$b.docx"), "Word's lock file");
        Cli cli = Cli.run("check", dir.toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).endsWith("共检查 3 个文件：0 个错误，18 个警告，0 个提示\n");
        assertThat(warnings(cli.out(), "a.txt:")).hasSize(6).containsExactlyElementsOf(warnings(cli.out(), "c.htm:"));
    }

    /** The rule of each warning about one file, in order. */
    private static java.util.List<String> warnings(String out, String file) {
        return out.lines().filter(l -> l.contains(file) && l.contains(" 警告 "))
                .map(l -> l.substring(l.indexOf(" 警告 ")).split(":")[0]).toList();
    }

    @Test
    void fixLeavesConvertedFilesAloneAndSaysSo() throws IOException {
        Path docx = Docx.of(Samples.text("003")).save(dir.resolve("003.docx"));
        byte[] before = Files.readAllBytes(docx);
        Cli cli = Cli.run("check", "--fix", docx.toString());
        assertThat(cli.err()).contains("003.docx：--fix 不会修改 .docx 或 .html 文件");
        assertThat(Files.readAllBytes(docx)).isEqualTo(before);
        assertThat(cli.out()).contains("section-number");
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.io.TextDecoder;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    @TempDir
    Path dir;

    @Test
    void checkingTheSamplesFolderPrintsEveryFindingInChineseAndExitsOne() {
        CliRun run = CliRun.of("check", "../samples");
        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(String.join("\n",
                "../samples/000_caca49cbca904796.txt:7:1: 警告 conversion-artifact: 文档转换残留“[bookmark: _GoBack]” [可用 --fix 自动修复]",
                "../samples/000_caca49cbca904796.txt:123:1: 错误 row-missing: 表三此行的项目名称为空，按位置视为“（一）予以公开”行；请补全项目名称",
                "../samples/000_caca49cbca904796.txt:133:1: 错误 row-missing: 表三此行的项目名称为空，按位置视为“（二）部分公开”行；请补全项目名称",
                "../samples/000_caca49cbca904796.txt:405:1: 警告 conversion-artifact: 单独成行的页码“1” [可用 --fix 自动修复]",
                "../samples/001_12bbc16d07ceb1d3.txt:1:8: 警告 year-mismatch: 标题年份为2021年，但正文3处所述为2020年的工作",
                "    ../samples/001_12bbc16d07ceb1d3.txt:3:1: 正文所述年份：2020年",
                "    ../samples/001_12bbc16d07ceb1d3.txt:3:85: 正文所述年份：2020年",
                "    ../samples/001_12bbc16d07ceb1d3.txt:5:1: 正文所述年份：2020年",
                "../samples/001_12bbc16d07ceb1d3.txt:3:63: 警告 conversion-artifact: 词语“公开”重复（“公开公开”）",
                "../samples/001_12bbc16d07ceb1d3.txt:16:20: 错误 template-version: 2021年度报告应使用2021年格式，但表格为2019年格式（如“对外公开总数量”）",
                "    ../samples/001_12bbc16d07ceb1d3.txt:1:8: 标题年份：2021年",
                "../samples/002_61225cc98c41ed80.txt:13:120: 警告 narrative-mismatch: 正文称收到申请5件，但表三“一、本年新收政府信息公开申请数量”行“总计”列为0",
                "../samples/002_61225cc98c41ed80.txt:47:1: 错误 missing-cells: 表三“（一）予以公开”行缺少6个数值：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他",
                "../samples/002_61225cc98c41ed80.txt:48:2: 错误 missing-cells: 表三“（二）部分公开”行缺少6个数值：自然人、商业企业、科研机构、社会公益组织、法律服务机构、其他",
                "../samples/002_61225cc98c41ed80.txt:79:90: 警告 conversion-artifact: 词语“公开”重复（“公开公开”）",
                "../samples/003_f2ccba1aa56a8eac.txt:80:2: 警告 unknown-row: 表二中有格式之外的行“2020年本行政区域（或本部门）政府信息公开发布总数量（非新闻类、消息类）：3”",
                "../samples/003_f2ccba1aa56a8eac.txt:86:1: 警告 year-mismatch: 表格说明“：指2019办理总数+2018年未办结数（跨年办理数）=2019…”提到2019、2018年，与报告年度2020年不符，可能沿用了旧模板",
                "    ../samples/003_f2ccba1aa56a8eac.txt:1:15: 标题年份：2020年",
                "../samples/003_f2ccba1aa56a8eac.txt:348:1: 错误 section-number: 标题序号“4、”有误，“政府信息公开行政复议、行政诉讼情况”应编为“四、” [可用 --fix 自动修复]",
                "../samples/003_f2ccba1aa56a8eac.txt:395:1: 错误 section-number: 标题序号“5、”有误，“存在的主要问题及改进情况”应编为“五、” [可用 --fix 自动修复]",
                "../samples/003_f2ccba1aa56a8eac.txt:400:1: 警告 conversion-artifact: 文档转换残留“[bookmark: _GoBack]” [可用 --fix 自动修复]",
                "../samples/004_0edd787810d9c4bb.txt:4:6: 警告 conversion-artifact: 词语“根据”重复（“根据根据”）",
                "../samples/004_0edd787810d9c4bb.txt:5:1: 警告 conversion-artifact: 文档转换残留“窗体顶端” [可用 --fix 自动修复]",
                "../samples/004_0edd787810d9c4bb.txt:8:1: 警告 conversion-artifact: 文档转换残留“[bookmark: _GoBack]” [可用 --fix 自动修复]",
                "../samples/004_0edd787810d9c4bb.txt:10:131: 警告 year-mismatch: 正文此处所述为2021年，但报告年度（标题）为2022年",
                "    ../samples/004_0edd787810d9c4bb.txt:2:7: 标题年份：2022年",
                "../samples/004_0edd787810d9c4bb.txt:401:1: 警告 conversion-artifact: 文档转换残留“窗体顶端” [可用 --fix 自动修复]",
                "../samples/004_0edd787810d9c4bb.txt:411:1: 警告 conversion-artifact: 单独成行的页码“1” [可用 --fix 自动修复]",
                "共检查 5 个文件：7 个错误，15 个警告，0 个提示", ""));
    }

    @Test
    void jsonFollowsTheDesignSchema() {
        CliRun run = CliRun.of("check", "--format", "json", Samples.path("003").toString(), Samples.path("004").toString());
        assertThat(run.exitCode()).isEqualTo(1);
        JsonObject root = JsonParser.parseString(run.out()).getAsJsonObject();
        JsonArray files = root.getAsJsonArray("files");
        assertThat(files).hasSize(2);
        JsonObject f003 = files.get(0).getAsJsonObject();
        assertThat(f003.get("path").getAsString()).endsWith("003_f2ccba1aa56a8eac.txt");
        assertThat(f003.get("year").getAsInt()).isEqualTo(2020);
        assertThat(f003.get("template").getAsString()).isEqualTo("2019");
        JsonObject first = f003.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("rule").getAsString().equals("section-number")).findFirst().orElseThrow();
        assertThat(first.get("rule").getAsString()).isEqualTo("section-number");
        assertThat(first.get("severity").getAsString()).isEqualTo("error");
        assertThat(first.get("message").getAsString()).contains("“4、”");
        assertThat(first.get("line").getAsInt()).isEqualTo(348);
        assertThat(first.get("column").getAsInt()).isEqualTo(1);
        assertThat(first.get("endLine").getAsInt()).isEqualTo(348);
        assertThat(first.get("endColumn").getAsInt()).isEqualTo(3);
        assertThat(first.getAsJsonArray("related")).isEmpty();
        assertThat(first.get("fixable").getAsBoolean()).isTrue();
        assertThat(files.get(1).getAsJsonObject().get("template").getAsString()).isEqualTo("2021");
        assertThat(files.get(1).getAsJsonObject().getAsJsonArray("findings")).hasSize(6);
        JsonObject summary = root.getAsJsonObject("summary");
        assertThat(summary.get("files").getAsInt()).isEqualTo(2);
        assertThat(summary.get("errors").getAsInt()).isEqualTo(2);
        assertThat(summary.get("warnings").getAsInt()).isEqualTo(9);
        assertThat(summary.get("infos").getAsInt()).isEqualTo(0);
    }

    @Test
    void relatedCellsOfABrokenSumAreListedWithTheirPositions() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, Samples.text("001").replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3"));
        JsonObject root = JsonParser.parseString(CliRun.of("check", "--format", "json", report.toString()).out()).getAsJsonObject();
        JsonArray findings = root.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings");
        JsonObject sum = findings.asList().stream().map(e -> e.getAsJsonObject())
                .filter(o -> o.get("rule").getAsString().equals("sum-relation")).findFirst().orElseThrow();
        assertThat(sum.get("message").getAsString()).isEqualTo("表三“自然人”列勾稽关系不成立：第一项（3）+第二项（0）=3，但第三项（七）总计（0）+第四项（0）=0");
        assertThat(sum.get("line").getAsInt()).isEqualTo(58);
        assertThat(sum.getAsJsonArray("related")).hasSize(3);
        JsonObject operand = sum.getAsJsonArray("related").get(0).getAsJsonObject();
        assertThat(operand.get("line").getAsInt()).isEqualTo(37);
        assertThat(operand.get("message").getAsString()).isEqualTo("表三“一、本年新收政府信息公开申请数量”行“自然人”列：3");
    }

    @Test
    void theOperandCellsOfABrokenSumAreListedOnlyWithVerbose() throws IOException {
        Path report = dir.resolve("report.txt");
        Files.writeString(report, Samples.text("001").replace("一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0",
                "一、本年新收政府信息公开申请数量 | 3 | 0 | 0 | 0 | 0 | 0 | 3"));
        String operand = "    " + report + ":37:";
        assertThat(CliRun.of("check", report.toString()).out()).contains("勾稽关系不成立").doesNotContain(operand);
        assertThat(CliRun.of("check", "--verbose", report.toString()).out())
                .contains(operand + "20: 表三“一、本年新收政府信息公开申请数量”行“自然人”列：3");
    }

    @Test
    void englishCountsAreSingularForOne() {
        Path one = Samples.path("001");
        assertThat(CliRun.of("check", "--lang", "en", "--quiet", one.toString()).out())
                .endsWith("Checked 1 file: 1 error, 0 warnings, 0 infos\n");
    }

    @Test
    void warningsAloneExitZero() {
        CliRun run = CliRun.of("check", Samples.path("004").toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).endsWith("共检查 1 个文件：0 个错误，6 个警告，0 个提示\n");
    }

    @Test
    void englishOnRequest() {
        CliRun run = CliRun.of("check", "--lang", "en", Samples.path("002").toString());
        assertThat(run.out()).contains("error missing-cells: Table 3, row \"（一）予以公开\": 6 values missing")
                .endsWith("Checked 1 file: 2 errors, 2 warnings, 0 infos\n");
    }

    @Test
    void unreadableFilesAreReportedClearlyWhileTheOthersAreStillChecked() throws IOException {
        Files.write(dir.resolve("a-binary.txt"), new byte[] {0x50, 0x4B, 0x03, 0x04, 0, 0, 1, 2, 3});
        Files.write(dir.resolve("b-empty.txt"), new byte[0]);
        Files.write(dir.resolve("c-bad-encoding.txt"), new byte[] {(byte) 0x81, (byte) 0x30, (byte) 0xFF, (byte) 0xFF, 0x41});
        Files.writeString(dir.resolve("d-report.txt"), Samples.text("003"));
        CliRun run = CliRun.of("check", dir.toString(), dir.resolve("missing.txt").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out())
                .contains("a-binary.txt：无法读取：文件是二进制文件，不是文本报告")
                .contains("b-empty.txt：无法读取：文件为空")
                .contains("c-bad-encoding.txt：无法读取：文件编码无法识别（既不是 UTF-8 也不是 GB18030）")
                .contains("missing.txt：无法读取：文件或文件夹不存在")
                .contains("d-report.txt:348:1: 错误 section-number")
                .contains("共检查 5 个文件：2 个错误，3 个警告，0 个提示，4 个文件无法读取");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void gb18030FilesAreDetectedAndGiveTheSameFindings() throws IOException {
        Path gbk = dir.resolve("gbk.txt");
        Files.write(gbk, Samples.text("003").getBytes(TextDecoder.GB18030));
        CliRun run = CliRun.of("check", gbk.toString());
        assertThat(run.out()).contains("gbk.txt:348:1: 错误 section-number: 标题序号“4、”有误");
    }

    @Test
    void fixWritesAtomicallyKeepingBomAndCrlfAndASecondFixChangesNothing() throws IOException {
        Path report = dir.resolve("crlf.txt");
        String crlf = Samples.text("003").replace("\n", "\r\n");
        byte[] original = ("\uFEFF" + crlf).getBytes(StandardCharsets.UTF_8);
        Files.write(report, original);
        CliRun first = CliRun.of("check", "--fix", report.toString());
        assertThat(first.out()).contains("已修复 3 处：" + report).doesNotContain("section-number").doesNotContain("bookmark");
        byte[] fixedBytes = Files.readAllBytes(report);
        String expected = "\uFEFF" + crlf.replace("\r\n4、 政府信息公开行政复议", "\r\n四、政府信息公开行政复议")
                .replace("\r\n5、 存在的主要问题", "\r\n五、存在的主要问题")
                .replace("[bookmark: _GoBack]\r\n", "");
        assertThat(new String(fixedBytes, StandardCharsets.UTF_8)).isEqualTo(expected);
        CliRun second = CliRun.of("check", "--fix", report.toString());
        assertThat(second.out()).doesNotContain("已修复");
        assertThat(Files.readAllBytes(report)).isEqualTo(fixedBytes);
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(report);
        }
    }

    @Test
    void fixKeepsGb18030() throws IOException {
        Path report = dir.resolve("gb.txt");
        Files.write(report, Samples.text("003").getBytes(TextDecoder.GB18030));
        CliRun.of("check", "--fix", report.toString());
        String back = new String(Files.readAllBytes(report), TextDecoder.GB18030);
        assertThat(back).contains("\n四、政府信息公开行政复议").contains("\n五、存在的主要问题");
    }

    @Test
    void aFiveMegabyteReportIsChecked() throws IOException {
        Path big = dir.resolve("big.txt");
        String prose = "2020年，本机关认真落实政府信息公开工作要求，及时主动公开各类政府信息。\n";
        StringBuilder text = new StringBuilder(Samples.text("004"));
        while (text.length() * 3 < 5 * 1024 * 1024) text.append(prose);
        Files.writeString(big, text);
        CliRun run = CliRun.of("check", big.toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aFolderWithoutReportsIsAUsageError() {
        CliRun run = CliRun.of("check", dir.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("没有找到可检查的报告文件");
    }

    @Test
    void badUsageExitsTwo() {
        CliRun run = CliRun.of("check", "--format", "xml", "x.txt");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format");
    }

    @Test
    void aTextInAFolderThatIsNoReportIsSkippedButCheckedWhenNamed() throws IOException {
        Path report = Files.copy(Samples.path("003"), dir.resolve("report.txt"));
        String readme = "# 说明\n\n本文件夹收录各单位报送的年度报告，请勿修改。\n\n- 文件名：单位名称加年份\n";
        Path notes = Files.writeString(dir.resolve("说明.md"), readme, StandardCharsets.UTF_8);
        CliRun folder = CliRun.of("check", dir.toString());
        assertThat(folder.out()).doesNotContain("说明.md").contains("report.txt").contains("共检查 1 个文件");
        CliRun verbose = CliRun.of("check", "--verbose", dir.toString());
        assertThat(verbose.err()).contains("跳过 " + notes.toString().replace('\\', '/') + "：没有年报标题、六个部分和表格");
        CliRun fixed = CliRun.of("check", "--fix", dir.toString());
        assertThat(Files.readString(notes, StandardCharsets.UTF_8)).as("a file that is no report is never fixed").isEqualTo(readme);
        assertThat(fixed.exitCode()).isZero();
        assertThat(Files.readString(report, StandardCharsets.UTF_8)).doesNotContain("4、政府信息公开");
        CliRun named = CliRun.of("check", notes.toString());
        assertThat(named.out()).contains("section-missing").contains("共检查 1 个文件");
    }
}

package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.testkit.ChildJvm;
import gkreport.testkit.Cli;
import gkreport.testkit.HostilePdf;
import gkreport.testkit.Pdf;
import gkreport.testkit.PdfCorpus;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** check and import read PDFs: findings name the page, a bad PDF among good ones is one unreadable file, and PDFBox stays silent. */
class CheckPdfTest {
    @TempDir
    Path dir;

    private Path folderOfGoodAndBadPdfs() throws IOException {
        for (String name : PdfCorpus.NAMES) Files.copy(PdfCorpus.path(name), dir.resolve(name + ".pdf"));
        new Pdf().page().text(90, 100, 16, "某某局2024年政府信息公开工作年度报告").save(dir.resolve("locked.pdf"), "owner", "user");
        HostilePdf.scan(dir.resolve("scan.pdf"), 2);
        return dir;
    }

    @Test
    void aFolderWithBadPdfsAmongGoodOnesReportsTheGoodOnes() throws IOException {
        Cli cli = Cli.run("check", folderOfGoodAndBadPdfs().toString());
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.out()).contains(dir.resolve("locked.pdf") + "：无法读取：PDF 文件已加密", dir.resolve("scan.pdf") + "：无法读取：PDF 中没有文字层");
        assertThat(cli.out().lines().filter(l -> l.startsWith(dir.resolve("hzq2023.pdf") + ":") && l.contains(" 错误 sum-relation: 第4页 表四")))
                .hasSize(2).anyMatch(l -> l.endsWith(" 错误 sum-relation: 第4页 表四“行政复议”：结果维持（10）+结果纠正（1）+其他结果（0）+尚未审结（0）=11，但“总计”填写0"));
        assertThat(cli.out()).doesNotContain("szfgs2024.pdf：无法读取", "hzq2024.pdf：无法读取").contains("共检查 5 个文件")
                .endsWith("2 个文件无法读取\n");
    }

    @Test
    void theJsonNamesTheInputKindAndTheReason() throws IOException {
        Cli cli = Cli.run("check", "--format", "json", "--lang", "en", folderOfGoodAndBadPdfs().toString());
        JsonArray files = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("files");
        assertThat(files).hasSize(5).allSatisfy(f -> assertThat(f.getAsJsonObject().get("input").getAsString()).isEqualTo("pdf"));
        JsonObject locked = files.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("path").getAsString().endsWith("locked.pdf")).findFirst().orElseThrow();
        assertThat(locked.get("error").getAsString()).startsWith("the PDF is encrypted");
        JsonObject hzq = files.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("path").getAsString().endsWith("hzq2023.pdf")).findFirst().orElseThrow();
        assertThat(hzq.get("year").getAsInt()).isEqualTo(2023);
        assertThat(hzq.get("template").getAsString()).isEqualTo("2021");
    }

    @Test
    void jsonAndSarifGiveEachFindingOnAPdfItsPageAndPlace() {
        Cli json = Cli.run("check", "--format", "json", PdfCorpus.path("hzq2023").toString());
        JsonArray findings = JsonParser.parseString(json.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject()
                .getAsJsonArray("findings");
        JsonObject wrongTotal = findings.asList().stream().map(f -> f.getAsJsonObject())
                .filter(f -> f.get("rule").getAsString().equals("sum-relation")).findFirst().orElseThrow();
        assertThat(wrongTotal.get("page").getAsInt()).isEqualTo(4);
        assertThat(wrongTotal.get("place").getAsString()).isEqualTo("第4页 表四“行政复议·总计”列");
        Cli sarif = Cli.run("check", "--format", "sarif", PdfCorpus.path("hzq2023").toString());
        JsonObject result = JsonParser.parseString(sarif.out()).getAsJsonObject().getAsJsonArray("runs").get(0).getAsJsonObject()
                .getAsJsonArray("results").asList().stream().map(r -> r.getAsJsonObject())
                .filter(r -> r.get("ruleId").getAsString().equals("sum-relation")).findFirst().orElseThrow();
        assertThat(result.getAsJsonObject("properties").get("page").getAsInt()).isEqualTo(4);
        assertThat(result.getAsJsonArray("locations").get(0).getAsJsonObject().getAsJsonArray("logicalLocations").get(0)
                .getAsJsonObject().get("name").getAsString()).isEqualTo("第4页 表四“行政复议·总计”列");
    }

    @Test
    void importWritesTheCanonicalTextWithItsPageMarks() {
        Cli cli = Cli.run("import", PdfCorpus.path("hzq2023").toString());
        assertThat(cli.exit()).isZero();
        assertThat(cli.out()).startsWith("<!-- 第1页 -->\n\n# 洪泽区人民政府2023年政府信息公开工作年度报告\n")
                .contains("\n## 三、收到和处理政府信息公开申请情况\n", "<!-- 第4页 -->",
                        "| 一、本年新收政府信息公开申请数量 | << | << | 21 | 0 | 0 | 0 | 0 | 0 | 21 |",
                        "| 10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0 |");
    }

    /**
     * In a JVM of its own with an empty home folder: a PDF naming a font it does not embed, one whose
     * operators lack operands (PDFBox logs an error with its stack trace), a damaged one that is
     * repaired and a broken one print nothing but the JSON on stdout and nothing on stderr; no font is looked for among the system's (the scanning font provider is never loaded)
     * and nothing is written in the home folder.
     */
    @Test
    void pdfBoxPrintsNothingScansNoFontsAndWritesNothing() throws Exception {
        Path home = Files.createDirectories(dir.resolve("home"));
        Path pdfs = Files.createDirectories(dir.resolve("pdfs"));
        new Pdf().page().text(90, 100, 16, "某某局2024年政府信息公开工作年度报告").save(pdfs.resolve("simsun.pdf"));
        new Pdf().page().raw("m l 5 Tf").text(90, 100, 16, "某某局2024年政府信息公开工作年度报告").save(pdfs.resolve("operands.pdf"));
        HostilePdf.shiftedXref(pdfs.resolve("shifted.pdf"), PdfCorpus.path("hzq2023"));
        HostilePdf.brokenXref(pdfs.resolve("junk.pdf"));
        Path classes = dir.resolve("classes.log");
        Process p = ChildJvm.gkreport(List.of("-Duser.home=" + home, "-Xlog:class+load=info:file=" + classes), "check", "--format", "json",
                pdfs.toString()).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(err).isEmpty();
        assertThat(JsonParser.parseString(out).getAsJsonObject().getAsJsonArray("files")).hasSize(4);
        assertThat(Files.readString(classes)).contains("org.apache.pdfbox.pdmodel.font.PDType0Font")
                .doesNotContain("FileSystemFontProvider", "FontMapperImpl");
        try (Stream<Path> left = Files.list(home)) {
            assertThat(left).isEmpty();
        }
    }
}

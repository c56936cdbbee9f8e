package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.ReportParser;
import gkreport.importer.Importer;
import gkreport.testkit.Corpus;
import gkreport.testkit.PdfCorpus;
import gkreport.testkit.Samples;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The one answer to "is this text a report": every sample, every corpus text and every import of a
 * corpus PDF is one, by its first lines; the project's documentation, a 说明, an article, an empty or a
 * binary text is none.
 */
class ReportDetectorTest {
    /** Every sample and every corpus text present, so that a text added to either is covered. */
    static Stream<Path> reportTexts() throws IOException {
        try (Stream<Path> samples = Files.list(Samples.DIR); Stream<Path> corpus = Files.walk(Corpus.DIR)) {
            List<Path> all = Stream.concat(samples, corpus)
                    .filter(p -> p.getFileName().toString().matches(".*\\.(txt|md)") && !p.endsWith("README.md"))
                    .sorted().toList();
            assertThat(all).hasSizeGreaterThanOrEqualTo(5 + 7 + 3);
            return all.stream();
        }
    }

    static Stream<Path> corpusPdfs() throws IOException {
        try (Stream<Path> files = Files.list(PdfCorpus.DIR)) {
            List<Path> pdfs = files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
            assertThat(pdfs).hasSizeGreaterThanOrEqualTo(PdfCorpus.NAMES.size());
            return pdfs.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("reportTexts")
    void everySampleAndCorpusTextIsAReport(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(ReportDetector.looksLikeReport(text)).isTrue();
        assertThat(ReportDetector.looksLikeReport(text.substring(0, Math.min(text.length(), ReportDetector.HEAD_CHARS))))
                .as("an editor may send only the first characters").isTrue();
    }

    @ParameterizedTest
    @MethodSource("reportTexts")
    void everySampleAndCorpusTextHasItsTitleInItsFirstLines(Path file) throws IOException {
        String head = ReportDetector.head(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(Recognizer.recognize(ReportParser.parse(head)).title()).as("the title is what tells it").isNotNull();
    }

    @ParameterizedTest
    @MethodSource("corpusPdfs")
    void theImportOfEveryCorpusPdfIsAReport(Path pdf) throws Exception {
        assertThat(ReportDetector.looksLikeReport(Importer.canonicalText(pdf))).isTrue();
    }

    /** The project's READMEs and documentation pages, which name the report, quote its tables and show its lines in code blocks. */
    static Stream<Path> documentation() throws IOException {
        Path root = Samples.DIR.resolveSibling(".");
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            List<Path> pages = Stream.concat(Stream.of(root.resolve("README.md"), root.resolve("vscode-client/README.md")),
                    docs.filter(p -> p.toString().endsWith(".md"))).sorted().toList();
            assertThat(pages).hasSizeGreaterThan(10);
            return pages.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("documentation")
    void theProjectsDocumentationIsNoReport(Path page) throws IOException {
        assertThat(ReportDetector.looksLikeReport(Files.readString(page, StandardCharsets.UTF_8))).isFalse();
    }

    /** The title's wording, as the recognizer and the importer read it: a line that ends at the report's name. */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "七里乡人民政府2020年信息公开工作年度报告; true",
        "沭阳县发展和改革局2023年政府信息公开年度报告; true",
        "**某某县2023年政务公开工作年度报告**; true",
        "关于印发《某某县人民政府2023年政府信息公开工作年度报告》的通知; true",
        "某某县人民政府2023年政府信息公开工作年度报告（全文）; true",
        "某某市2022年政府信息公开年度工作报告; true",
        "政府信息公开工作年度报告格式模板; true",
        "年度报告; false",
        "2023年度报告; false",
        "Checks 政府信息公开工作年度报告 (annual reports on government information disclosure); false",
        "各单位要按时编制并公布政府信息公开工作年度报告。; false",
        "本机关2020年政府信息公开工作年度报告由县政府办公室编制，全文如下; false"})
    void titleWording(String line, boolean title) {
        assertThat(ReportTitle.isTitle(line)).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a 说明.md beside the reports
        "# 说明\n\n本文件夹收录各乡镇报送的2020年政府信息公开工作年度报告，请勿修改。\n\n- 000：七里乡\n- 001：吴城镇\n"
            + "\n报告的格式按《中华人民共和国政府信息公开工作年度报告格式》（国办公开办函〔2021〕30号）。\n",
        // an ordinary article that names the report in its sentences
        "我县召开政务公开工作推进会\n\n发布时间：2021-03-05 来源：县政府办公室\n\n"
            + "3月5日上午，我县召开政务公开工作推进会，总结2020年工作，部署2021年任务。\n"
            + "会议指出，各单位要按时编制并公布政府信息公开工作年度报告，做到数据准确、内容完整。\n"
            + "会议强调，要坚持以公开为常态、不公开为例外，进一步提升政务公开质量。\n"
            + "县政府办公室、各乡镇和县直有关部门负责同志参加会议。\n",
        // a side bar's list of reports
        "年度报告\n2023年度报告\n2022年度报告\n更多>>\n",
        "", "   \n\n\t\n"})
    void textsThatAreNoReport(String text) {
        assertThat(ReportDetector.looksLikeReport(text)).isFalse();
    }

    @Test
    void aBinaryFileOpenedAsTextIsNoReportEvenWithATitleInIt() {
        String title = "七里乡人民政府2020年信息公开工作年度报告\n一、总体情况\n";
        assertThat(ReportDetector.looksLikeReport(title)).isTrue();
        assertThat(ReportDetector.looksLikeReport("PK\u0003\u0004\u0014\u0000\u0006\u0000" + title)).isFalse();
        assertThat(ReportDetector.looksLikeReport(title + "\uFFFD\u0001\uFFFD\u0002".repeat(10))).isFalse();
    }

    @Test
    void aReportWithoutTitleIsOneByItsSections() {
        String text = "根据《条例》规定，现公布本机关2020年的报告如下。\n一、总体情况\n正文。\n二、主动公开政府信息情况\n";
        assertThat(ReportDetector.looksLikeReport(text)).isTrue();
    }

    @Test
    void aTextWithoutLineStructureIsAReportOnlyWhenItNamesOne() {
        String page = "某某县人民政府2020年政府信息公开工作年度报告 一、总体情况 " + "本机关认真贯彻落实条例，".repeat(100);
        assertThat(ReportDetector.looksLikeReport(page)).isTrue();
        assertThat(ReportDetector.looksLikeReport("本机关认真贯彻落实条例，".repeat(100))).isFalse();
    }

    @Test
    void linesInACodeBlockAreNoReportsParts() {
        String page = "# 示例\n\n```text\n某某县人民政府2020年政府信息公开工作年度报告\n一、总体情况\n```\n\n说明文字。\n";
        assertThat(ReportDetector.looksLikeReport(page)).isFalse();
        assertThat(ReportDetector.looksLikeReport(page.replace("```text\n", "").replace("```\n", ""))).isTrue();
        assertThat(ReportDetector.withoutCodeBlocks("a\n~~~\nb\n~~~\nc")).isEqualTo("a\n\n\n\nc");
    }

    @Test
    void theFirstLinesAreCutAtALineBreakWhetherTheTextWasSentWholeOrCut() {
        String line = "本机关认真贯彻落实条例，推进政务公开。\n";
        String text = line.repeat(ReportDetector.HEAD_CHARS / line.length() + 10);
        String cut = text.substring(0, ReportDetector.HEAD_CHARS);
        assertThat(ReportDetector.head(cut)).isEqualTo(ReportDetector.head(text)).endsWith("\n");
        String many = "短行\n".repeat(500);
        assertThat(ReportDetector.head(many).lines().count()).isEqualTo(100);
        assertThat(ReportDetector.head("a\nb")).isEqualTo("a\nb");
    }
}

package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import gkreport.importer.Importer;
import gkreport.testkit.Cli;
import gkreport.testkit.Docx;
import gkreport.testkit.PdfCorpus;
import gkreport.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands the VS Code extension calls: gkreport.reportInfo, gkreport.importDocx, gkreport.checkFolder. */
class CommandsProtocolTest {
    private static final String S003 = SampleFiles.text(SampleFiles.S003);

    @TempDir
    Path dir;

    @Test
    void theCommandsAreDeclared() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            assertThat(lsp.initialize().getCapabilities().getExecuteCommandProvider().getCommands())
                    .containsExactly("gkreport.reportInfo", "gkreport.importDocx", "gkreport.checkFolder", "gkreport.isReport",
                            "gkreport.tableView");
        }
    }

    @Test
    void isReportTellsEverySampleFromWhatIsNoReportBeforeTheDocumentIsOpen() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            for (String name : SampleFiles.names()) {
                String text = SampleFiles.text(name);
                assertThat(bool(execute(lsp, "gkreport.isReport", text))).as(name).isTrue();
                assertThat(bool(execute(lsp, "gkreport.isReport", text.substring(0, Math.min(text.length(), 16 * 1024))))).isTrue();
            }
            String readme = Files.readString(SampleFiles.DIR.resolveSibling("README.md"), StandardCharsets.UTF_8);
            assertThat(bool(execute(lsp, "gkreport.isReport", readme))).isFalse();
            assertThat(bool(execute(lsp, "gkreport.isReport", "# 说明\n\n本文件夹收录各单位的年度报告。\n"))).isFalse();
            assertThat(bool(execute(lsp, "gkreport.isReport", ""))).isFalse();
            assertThat(lsp.client.published(SampleFiles.uri(SampleFiles.S003))).as("asking opens nothing").isEmpty();
            assertThat(errorOf(() -> LspFixture.get(lsp.server.getWorkspaceService()
                    .executeCommand(new ExecuteCommandParams("gkreport.isReport", List.of())))).getResponseError().getCode())
                    .isEqualTo(ResponseErrorCode.InvalidParams.getValue());
        }
    }

    @Test
    void reportInfoGivesYearFormatAndCountsOfTheEditorsVersion() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SampleFiles.S003);
            lsp.open(uri, S003);
            List<Diagnostic> shown = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics();
            JsonObject info = json(execute(lsp, "gkreport.reportInfo", uri));
            assertThat(info.get("year").getAsInt()).isEqualTo(2020);
            assertThat(info.get("template").getAsString()).isEqualTo("2019");
            assertThat(info.get("errors").getAsInt()).isEqualTo(2).isEqualTo(count(shown, DiagnosticSeverity.Error));
            assertThat(info.get("warnings").getAsInt()).isEqualTo(count(shown, DiagnosticSeverity.Warning)).isPositive();

            lsp.replaceAll(uri, 2, "正文一行，没有标题。\n");
            JsonObject blank = json(execute(lsp, "gkreport.reportInfo", uri));
            assertThat(blank.has("year")).as("null is sent, not left out").isTrue();
            assertThat(blank.get("year").isJsonNull()).isTrue();
            assertThat(blank.get("template").isJsonNull()).isTrue();
            assertThat(blank.get("errors").getAsInt()).isPositive();
        }
    }

    @Test
    void reportInfoOfAFileThatIsNotOpenReadsItFromDisk() throws Exception {
        Path file = Files.writeString(dir.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            JsonObject info = json(execute(lsp, "gkreport.reportInfo", file.toUri().toString()));
            assertThat(info.get("year").getAsInt()).isEqualTo(2020);
            assertThat(info.get("errors").getAsInt()).isEqualTo(2);
            assertThat(errorOf(() -> execute(lsp, "gkreport.reportInfo", "untitled:Untitled-1")).getMessage())
                    .isEqualTo("文档 untitled:Untitled-1 没有打开，也不是可读取的文件");
        }
    }

    @Test
    void importDocxAnswersTheCanonicalTextOrTheImportersMessage() throws Exception {
        Path docx = Docx.of(S003).save(dir.resolve("2020.docx"));
        Path broken = Files.writeString(dir.resolve("broken.docx"), "这不是 Word 文档");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            Object text = execute(lsp, "gkreport.importDocx", docx.toString());
            assertThat(string(text)).isEqualTo(Importer.canonicalText(docx)).startsWith("# ");

            ResponseErrorException bad = errorOf(() -> execute(lsp, "gkreport.importDocx", broken.toString()));
            assertThat(bad.getResponseError().getCode()).isEqualTo(ResponseErrorCode.RequestFailed.getValue());
            assertThat(bad.getMessage()).isEqualTo(broken + "：无法读取：不是有效的 .docx 文件（.docx 是 ZIP 格式的 Word 文档）；文件可能已损坏，或只是改了扩展名");
            ResponseErrorException relative = errorOf(() -> execute(lsp, "gkreport.importDocx", "2020.docx"));
            assertThat(relative.getResponseError().getCode()).isEqualTo(ResponseErrorCode.InvalidParams.getValue());
        }
    }

    @Test
    void anImportedPdfShowsInTheEditorTheFindingsTheCliGivesItOnItsPages() throws Exception {
        Path pdf = PdfCorpus.path("hzq2023").toAbsolutePath();
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String text = string(execute(lsp, "gkreport.importDocx", pdf.toString()));
            assertThat(text).isEqualTo(Importer.canonicalText(pdf)).startsWith("<!-- 第1页 -->");
            String uri = dir.resolve("hzq2023.md").toUri().toString();
            lsp.open(uri, text);
            List<Diagnostic> shown = lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics();
            Cli cli = Cli.run("check", "--format", "json", pdf.toString());
            JsonElement findings = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("files").get(0)
                    .getAsJsonObject().get("findings");
            List<String> fromCli = findings.getAsJsonArray().asList().stream().map(JsonElement::getAsJsonObject)
                    .map(f -> f.get("rule").getAsString() + "@" + (f.get("line").getAsInt() - 1)).sorted().toList();
            assertThat(shown.stream().map(d -> d.getCode().getLeft() + "@" + d.getRange().getStart().getLine()).sorted().toList())
                    .isEqualTo(fromCli);
            assertThat(shown.stream().filter(d -> d.getCode().getLeft().equals("sum-relation"))).hasSize(2)
                    .allSatisfy(d -> assertThat(d.getSeverity()).isEqualTo(DiagnosticSeverity.Error));
        }
    }

    @Test
    void checkFolderPublishesEveryReportAndClearsWhatBecameCleanOrWent() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path broken = Files.writeString(reports.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        Path clean = Files.writeString(reports.resolve("clean.txt"), cleanReport(), StandardCharsets.UTF_8);
        Path edited = Files.writeString(reports.resolve("edited.txt"), S003, StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("notes.json"), "{}");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String editedUri = edited.toUri().toString();
            lsp.open(editedUri, Samples.replace(S003, "\n4、 政府信息公开行政复议", "\n四、 政府信息公开行政复议"));
            lsp.client.awaitVersion(editedUri, 1, TIMEOUT);

            JsonObject first = json(execute(lsp, "gkreport.checkFolder", reports.toString()));
            assertThat(first.get("files").getAsInt()).isEqualTo(3);
            assertThat(first.get("errors").getAsInt()).as("2 in 2020.txt, 1 in the editor's version of edited.txt").isEqualTo(3);
            assertThat(last(lsp, broken).getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("section-number")).hasSize(2);
            assertThat(last(lsp, broken).getVersion()).isNull();
            assertThat(last(lsp, clean).getDiagnostics()).isEmpty();
            assertThat(lsp.client.published(editedUri)).as("the open document is left to validation").hasSize(1);

            Files.writeString(broken, cleanReport(), StandardCharsets.UTF_8);
            Files.delete(clean);
            int before = lsp.client.published(clean.toUri().toString()).size();
            JsonObject second = json(execute(lsp, "gkreport.checkFolder", reports.toString()));
            assertThat(second.get("files").getAsInt()).isEqualTo(2);
            assertThat(second.get("errors").getAsInt()).isEqualTo(1);
            assertThat(last(lsp, broken).getDiagnostics()).as("became clean").isEmpty();
            assertThat(lsp.client.published(clean.toUri().toString())).as("went: cleared").hasSize(before + 1);
            assertThat(last(lsp, clean).getDiagnostics()).isEmpty();
        }
    }

    @Test
    void anUnreadableFileOfTheFolderIsLoggedAndTheOthersChecked() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.writeString(reports.resolve("2020.txt"), S003, StandardCharsets.UTF_8);
        Files.write(reports.resolve("empty.txt"), new byte[0]);
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            JsonObject result = json(execute(lsp, "gkreport.checkFolder", reports.toString()));
            assertThat(result.get("files").getAsInt()).isEqualTo(2);
            assertThat(result.get("errors").getAsInt()).isEqualTo(2);
            assertThat(lsp.client.awaitLog(m -> m.getType() == MessageType.Warning, TIMEOUT).getMessage())
                    .startsWith(reports.resolve("empty.txt") + "：无法读取：");
        }
    }

    private static String cleanReport() {
        CorpusGenerator generator = new CorpusGenerator(1, 0);
        GeneratedReport report = generator.next();
        assertThat(report.defect()).isNull();
        return report.text();
    }

    private static PublishDiagnosticsParams last(LspFixture lsp, Path file) {
        List<PublishDiagnosticsParams> all = lsp.client.published(file.toUri().toString());
        assertThat(all).as("published for %s", file).isNotEmpty();
        return all.get(all.size() - 1);
    }

    private static Object execute(LspFixture lsp, String command, String argument) throws Exception {
        return LspFixture.get(lsp.server.getWorkspaceService().executeCommand(new ExecuteCommandParams(command, List.of(argument))));
    }

    private static ResponseErrorException errorOf(ThrowingCall call) {
        try {
            call.run();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ResponseErrorException.class);
            return (ResponseErrorException) e.getCause();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        throw new AssertionError("no error");
    }

    private interface ThrowingCall {
        void run() throws Exception;
    }

    private static long count(List<Diagnostic> diagnostics, DiagnosticSeverity severity) {
        return diagnostics.stream().filter(d -> d.getSeverity() == severity).count();
    }

    private static JsonObject json(Object result) {
        return result instanceof JsonElement e ? e.getAsJsonObject() : JsonParser.parseString(String.valueOf(result)).getAsJsonObject();
    }

    private static boolean bool(Object result) {
        return result instanceof JsonElement e ? e.getAsBoolean() : (Boolean) result;
    }

    private static String string(Object result) {
        return result instanceof JsonElement e ? e.getAsString() : (String) result;
    }
}

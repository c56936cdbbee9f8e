package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.cli.Main;
import gkreport.testkit.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticRelatedInformation;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cross-year findings in the editor: an open report paired with last year's, open or in the workspace folder. */
class CrossYearProtocolTest {
    @TempDir
    Path dir;

    /** Sample 004 (2022) carries nothing forward. */
    private static final String LAST_YEAR = Samples.text("004");

    /** A 2023 report made from it whose 上年结转 says 1 for 自然人. */
    private static String thisYear() {
        String text = Samples.replace(LAST_YEAR, "桦川县创业乡2022年", "桦川县创业乡2023年");
        text = Samples.setCellPerLineRow(text, "二、上年结转政府信息公开申请数量", "1", "0", "0", "0", "0", "0", "1");
        text = Samples.setCellPerLineRow(text, "（一）予以公开", "1", "0", "0", "0", "0", "0", "1");
        return Samples.setCellPerLineRow(text, "（七）总计", "1", "0", "0", "0", "0", "0", "1");
    }

    /** Last year's report and this year's, written into the folder under these names; this year's path. */
    private static Path writePair(Path folder, String lastYearName, String thisYearName) throws IOException {
        Files.writeString(folder.resolve(lastYearName), LAST_YEAR, StandardCharsets.UTF_8);
        return Files.writeString(folder.resolve(thisYearName), thisYear(), StandardCharsets.UTF_8);
    }

    private static List<Diagnostic> crossYear(PublishDiagnosticsParams p) {
        return p.getDiagnostics().stream().filter(d -> d.getCode().getLeft().equals("cross-year")).toList();
    }

    @Test
    void anOpenReportIsPairedWithLastYearsFileInTheWorkspaceFolderAndPointsIntoIt() throws Exception {
        Path lastYear = Files.writeString(dir.resolve("2022.txt"), LAST_YEAR, StandardCharsets.UTF_8);
        Path thisYear = Files.writeString(dir.resolve("2023.txt"), thisYear(), StandardCharsets.UTF_8);
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(null, dir);
            String uri = thisYear.toUri().toString();
            lsp.open(uri, thisYear());
            PublishDiagnosticsParams shown = lsp.client.awaitDiagnostics(uri, p -> !crossYear(p).isEmpty(), TIMEOUT);

            Diagnostic carryOver = crossYear(shown).get(0);
            assertThat(carryOver.getMessage().getLeft()).isEqualTo(
                    "表三“二、上年结转政府信息公开申请数量”行“自然人”列为1，但上年（2022年）报告表三“四、结转下年度继续办理”行“自然人”列为0");
            assertThat(carryOver.getRange().getStart().getLine()).isEqualTo(87);
            DiagnosticRelatedInformation there = carryOver.getRelatedInformation().get(0);
            assertThat(there.getLocation().getUri()).isEqualTo(lastYear.toUri().toString());
            assertThat(there.getLocation().getRange().getStart().getLine()).isEqualTo(335);
            assertThat(there.getLocation().getRange().getStart().getCharacter()).isEqualTo(1);
            assertThat(there.getMessage()).isEqualTo("上年报告表三“四、结转下年度继续办理”行“自然人”列：0");
        }
    }

    @Test
    void filesNamedInChineseInAFolderNamedWithoutTrailingSlashArePairedToo() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("工作区"));
        Path thisYear = writePair(folder, "桦川县创业乡2022年政府信息公开工作年度报告.txt", "桦川县创业乡2023年政府信息公开工作年度报告.txt");
        try (LspFixture lsp = new LspFixture()) {
            var params = LspFixture.params(null, null);
            String folderUri = folder.toUri().toString();
            params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(folderUri.substring(0, folderUri.length() - 1), "ws")));
            lsp.initialize(params);
            String uri = thisYear.toUri().toString();
            lsp.open(uri, thisYear());
            assertThat(crossYear(lsp.client.awaitDiagnostics(uri, p -> !crossYear(p).isEmpty(), TIMEOUT))).hasSize(2);
        }
    }

    @Test
    void whenLastYearsOpenReportIsEditedThisYearsFindingGoes() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String lastYearUri = dir.resolve("2022.txt").toUri().toString();
            String thisYearUri = dir.resolve("2023.txt").toUri().toString();
            lsp.open(lastYearUri, LAST_YEAR);
            lsp.open(thisYearUri, thisYear());
            lsp.client.awaitDiagnostics(thisYearUri, p -> crossYear(p).size() == 2, TIMEOUT);

            String carriesOne = Samples.setCellPerLineRow(LAST_YEAR, "四、结转下年度继续办理", "1", "0", "0", "0", "0", "0", "1");
            lsp.replaceAll(lastYearUri, 2, carriesOne);
            PublishDiagnosticsParams after = lsp.client.awaitDiagnostics(thisYearUri, p -> crossYear(p).isEmpty(), TIMEOUT);
            assertThat(after.getDiagnostics()).isNotEmpty(); // its other findings stay
        }
    }

    @Test
    void aReportAloneHasNoCrossYearFinding() throws Exception {
        Files.writeString(dir.resolve("2021.txt"), LAST_YEAR.replace("桦川县创业乡2022年", "桦川县创业乡2021年"), StandardCharsets.UTF_8);
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(null, dir);
            String uri = dir.resolve("2023.txt").toUri().toString();
            lsp.open(uri, thisYear());
            assertThat(crossYear(lsp.client.awaitVersion(uri, 1, TIMEOUT))).isEmpty();
        }
    }

    @Test
    void theEditorAndTheCommandLineGiveTheSameCrossYearFindings() throws Exception {
        Path thisYear = writePair(dir, "2022.txt", "2023.txt");
        List<String> cli = cliCrossYear(dir, "2023.txt");
        assertThat(cli).isNotEmpty();
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(null, dir);
            String uri = thisYear.toUri().toString();
            lsp.open(uri, thisYear());
            PublishDiagnosticsParams shown = lsp.client.awaitDiagnostics(uri, p -> crossYear(p).size() == cli.size(), TIMEOUT);
            assertThat(crossYear(shown)).extracting(d -> (d.getRange().getStart().getLine() + 1) + " " + d.getMessage().getLeft())
                    .containsExactlyElementsOf(cli);
        }
    }

    @Test
    void checkingAFolderPairsItsReportsAndCountsTheirCrossYearFindings() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path thisYear = writePair(reports, "2022.txt", "2023.txt");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            JsonObject result = json(execute(lsp, reports.toString()));
            assertThat(result.get("files").getAsInt()).isEqualTo(2);
            List<PublishDiagnosticsParams> published = lsp.client.published(thisYear.toUri().toString());
            assertThat(crossYear(published.get(published.size() - 1))).hasSize(2)
                    .allSatisfy(d -> assertThat(d.getRelatedInformation().get(0).getLocation().getUri())
                            .isEqualTo(reports.resolve("2022.txt").toUri().toString()));
        }
    }

    @Test
    void aCheckedFolderIsCheckedAgainByTheNextServerSoItsFindingsSurviveARestart() throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path report = Files.writeString(reports.resolve("2020.txt"), Samples.text("003"), StandardCharsets.UTF_8);
        JsonObject options = new JsonObject();
        options.addProperty("storagePath", dir.resolve("storage").toString());
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(options, null);
            execute(lsp, reports.toString());
        }
        assertThat(dir.resolve("storage").resolve(CheckedFolders.FILE_NAME)).exists();
        try (LspFixture restarted = new LspFixture()) {
            restarted.initialize(options, null);
            PublishDiagnosticsParams again = restarted.client.awaitDiagnostics(report.toUri().toString(), p -> true, TIMEOUT);
            assertThat(again.getDiagnostics()).filteredOn(d -> d.getCode().getLeft().equals("section-number")).hasSize(2);
        }
        try (LspFixture withoutStorage = new LspFixture()) {
            withoutStorage.initialize();
            Thread.sleep(300);
            assertThat(withoutStorage.client.published(report.toUri().toString())).as("nothing remembered without storage").isEmpty();
        }
    }

    private static Object execute(LspFixture lsp, String folder) throws Exception {
        return LspFixture.get(lsp.server.getWorkspaceService().executeCommand(
                new ExecuteCommandParams("gkreport.checkFolder", List.of(folder))));
    }

    private static JsonObject json(Object result) {
        return result instanceof JsonElement e ? e.getAsJsonObject() : JsonParser.parseString(String.valueOf(result)).getAsJsonObject();
    }

    /** «line message» of each cross-year finding `gkreport check --format json` gives the file. */
    private static List<String> cliCrossYear(Path folder, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Main.run(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                "check", "--format", "json", folder.toString());
        JsonArray files = JsonParser.parseString(out.toString(StandardCharsets.UTF_8)).getAsJsonObject().getAsJsonArray("files");
        JsonObject file = files.asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("path").getAsString().endsWith(name)).findFirst().orElseThrow();
        return file.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .filter(f -> f.get("rule").getAsString().equals("cross-year"))
                .map(f -> f.get("line").getAsInt() + " " + f.get("message").getAsString()).toList();
    }
}

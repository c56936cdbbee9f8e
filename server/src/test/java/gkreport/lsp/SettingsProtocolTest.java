package gkreport.lsp;

import static gkreport.lsp.LspFixture.TIMEOUT;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings from initializationOptions, didChangeConfiguration and .gkreport.json; debounce and run mode. */
class SettingsProtocolTest {
    private static final String SAMPLE = SampleFiles.S003;

    @TempDir
    Path workspace;

    @Test
    void initializationOptionsSetLanguageAndTurnRulesOff() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(json("{\"language\": \"en\", \"rules\": {\"section-number\": \"off\"}}"), null);
            List<Diagnostic> d = open(lsp, SampleFiles.uri(SAMPLE));
            assertThat(d).noneMatch(this::isSectionNumber);
            assertThat(d).filteredOn(x -> x.getCode().getLeft().equals("unknown-row")).singleElement()
                    .satisfies(x -> assertThat(x.getMessage().getLeft()).startsWith("Table 2 has a row the format does not have"));
        }
    }

    @Test
    void didChangeConfigurationRevalidatesWithTheNewSettings() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize();
            String uri = SampleFiles.uri(SAMPLE);
            assertThat(open(lsp, uri)).filteredOn(this::isSectionNumber).allMatch(x -> x.getSeverity() == DiagnosticSeverity.Error);
            int before = lsp.client.published(uri).size();
            lsp.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(
                    json("{\"gkreport\": {\"language\": \"zh\", \"rules\": {\"section-number\": \"warning\"}, \"debounceMs\": 0}}")));
            var republished = lsp.client.awaitDiagnostics(uri, p -> lsp.client.published(uri).indexOf(p) >= before, TIMEOUT);
            assertThat(republished.getDiagnostics()).filteredOn(this::isSectionNumber).hasSize(2)
                    .allMatch(x -> x.getSeverity() == DiagnosticSeverity.Warning);
        }
    }

    @Test
    void workspaceConfigFileIsReadAndEditorSettingsOverrideIt() throws Exception {
        write(workspace.resolve(".gkreport.json"), "{\"language\": \"en\", \"rules\": {\"section-number\": \"info\", \"unknown-row\": \"off\"}}");
        Path report = workspace.resolve("report.txt");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(json("{\"rules\": {\"unknown-row\": \"error\"}}"), workspace);
            List<Diagnostic> d = open(lsp, report.toUri().toString());
            assertThat(d).filteredOn(x -> x.getCode().getLeft().equals("unknown-row")).singleElement()
                    .satisfies(x -> assertThat(x.getSeverity()).isEqualTo(DiagnosticSeverity.Error));
            List<Diagnostic> numbering = d.stream().filter(this::isSectionNumber).toList();
            assertThat(numbering).hasSize(2).allMatch(x -> x.getSeverity() == DiagnosticSeverity.Information);
            assertThat(numbering.get(0).getMessage().getLeft()).startsWith("Heading numeral \"4、\" is wrong");
        }
    }

    @Test
    void aChangedConfigFileIsWatchedAndReadAgain() throws Exception {
        Path config = workspace.resolve(".gkreport.json");
        write(config, "{\"rules\": {\"section-number\": \"off\"}}");
        String uri = workspace.resolve("report.txt").toUri().toString();
        try (LspFixture lsp = new LspFixture()) {
            var params = LspFixture.params(null, workspace);
            params.getCapabilities().getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
            lsp.initialize(params);
            assertThat(open(lsp, uri)).noneMatch(this::isSectionNumber);
            assertThat(lsp.client.registrations()).hasSize(1);
            assertThat(lsp.client.registrations().get(0).getRegistrations().get(0).getMethod()).isEqualTo("workspace/didChangeWatchedFiles");

            write(config, "{\"rules\": {}}");
            int before = lsp.client.published(uri).size();
            lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(config.toUri().toString(), FileChangeType.Changed))));
            var republished = lsp.client.awaitDiagnostics(uri, p -> lsp.client.published(uri).indexOf(p) >= before, TIMEOUT);
            assertThat(republished.getDiagnostics()).filteredOn(this::isSectionNumber).hasSize(2);
        }
    }

    @Test
    void anInvalidConfigFileIsReportedToTheClientLogAndIgnored() throws Exception {
        write(workspace.resolve(".gkreport.json"), "{\"rules\": ");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(null, workspace);
            assertThat(open(lsp, workspace.resolve("r.txt").toUri().toString())).filteredOn(this::isSectionNumber).hasSize(2);
            var warning = lsp.client.awaitLog(m -> m.getType() == MessageType.Warning, TIMEOUT);
            assertThat(warning.getMessage()).startsWith("配置文件 " + workspace.resolve(".gkreport.json")).contains("JSON");
        }
    }

    @Test
    void aDocumentInASubfolderTakesTheNearestConfigFileAndItsGlobOverrides() throws Exception {
        write(workspace.resolve(".gkreport.json"), "{\"rules\": {\"section-number\": \"off\"}}");
        Path county = Files.createDirectories(workspace.resolve("county"));
        Files.createDirectories(county.resolve("archive"));
        write(county.resolve(".gkreport.json"), """
                {"rules": {"unknown-row": "off"},
                 "overrides": [{"files": "archive/*.txt", "rules": {"section-number": "info"}, "language": "en"}]}""");
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(json("{\"rules\": {\"year-mismatch\": \"error\"}}"), workspace);
            List<Diagnostic> archived = open(lsp, county.resolve("archive/2020.txt").toUri().toString());
            assertThat(archived).filteredOn(this::isSectionNumber).hasSize(2)
                    .allMatch(x -> x.getSeverity() == DiagnosticSeverity.Information)
                    .allMatch(x -> x.getMessage().getLeft().startsWith("Heading numeral"));
            assertThat(archived).noneMatch(x -> x.getCode().getLeft().equals("unknown-row"));
            assertThat(archived).filteredOn(x -> x.getCode().getLeft().equals("year-mismatch")).isNotEmpty()
                    .allMatch(x -> x.getSeverity() == DiagnosticSeverity.Error);
            List<Diagnostic> outside = open(lsp, county.resolve("2020.txt").toUri().toString());
            assertThat(outside).filteredOn(this::isSectionNumber).hasSize(2)
                    .allMatch(x -> x.getSeverity() == DiagnosticSeverity.Error)
                    .allMatch(x -> x.getMessage().getLeft().startsWith("标题序号"));
        }
    }

    @Test
    void rapidChangesAreDebouncedAndOnlyTheLatestVersionIsPublished() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(json("{\"debounceMs\": 300}"), null);
            String uri = SampleFiles.uri(SAMPLE);
            open(lsp, uri);
            for (int version = 2; version <= 6; version++) {
                lsp.change(uri, version, List.of(new TextDocumentContentChangeEvent(new Range(new Position(3, 0), new Position(3, 0)), "改")));
            }
            lsp.client.awaitVersion(uri, 6, TIMEOUT);
            assertThat(lsp.client.published(uri)).extracting(p -> p.getVersion()).containsExactly(1, 6);
        }
    }

    @Test
    void inOnSaveModeChangesWaitForTheSave() throws Exception {
        try (LspFixture lsp = new LspFixture()) {
            lsp.initialize(json("{\"run\": \"onSave\"}"), null);
            String uri = SampleFiles.uri(SAMPLE);
            open(lsp, uri);
            lsp.change(uri, 2, List.of(new TextDocumentContentChangeEvent(new Range(new Position(347, 0), new Position(347, 2)), "四、")));
            Thread.sleep(300);
            assertThat(lsp.client.published(uri)).extracting(p -> p.getVersion()).containsExactly(1);
            lsp.server.getTextDocumentService().didSave(new DidSaveTextDocumentParams(new TextDocumentIdentifier(uri)));
            assertThat(lsp.client.awaitVersion(uri, 2, TIMEOUT).getDiagnostics()).filteredOn(this::isSectionNumber).hasSize(1);
        }
    }

    private boolean isSectionNumber(Diagnostic d) {
        return d.getCode().getLeft().equals("section-number");
    }

    private static List<Diagnostic> open(LspFixture lsp, String uri) throws InterruptedException {
        lsp.open(uri, SampleFiles.text(SAMPLE));
        return lsp.client.awaitVersion(uri, 1, TIMEOUT).getDiagnostics();
    }

    private static JsonObject json(String text) {
        return JsonParser.parseString(text).getAsJsonObject();
    }

    private static void write(Path file, String text) throws java.io.IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}

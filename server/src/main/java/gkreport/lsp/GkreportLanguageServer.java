package gkreport.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import gkreport.config.ConfigLoader;
import gkreport.config.ConfigWarning;
import gkreport.io.ReportFiles;
import gkreport.rules.RuleDocs;
import gkreport.service.Analyzer;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.IntConsumer;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The gkreport language server: the lifecycle, the workspace's settings, and the two services.
 * It holds no checking logic: documents are analysed by the one pure {@link Analyzer}.
 */
public final class GkreportLanguageServer implements LanguageServer, LanguageClientAware {
    public static final String VERSION = "0.1.0";

    private final Lifecycle lifecycle = new Lifecycle();
    private final AnalysisSession session;
    private final IntConsumer exit;
    private final long parentPollMs;
    private final ScheduledExecutorService background = Executors.newSingleThreadScheduledExecutor(daemon("gkreport-validation"));
    private final ExecutorService requests = Executors.newFixedThreadPool(2, daemon("gkreport-request"));
    private final ExecutorService walker = Executors.newSingleThreadExecutor(daemon("gkreport-workspace"));
    private final WorkspaceReports workspaceReports = new WorkspaceReports(walker, () -> validator().scheduleAll(0));
    private final ReportTextDocumentService textDocuments = new ReportTextDocumentService(this);
    private final ReportWorkspaceService workspace = new ReportWorkspaceService(this);
    private final DiagnosticConverter converter = new DiagnosticConverter(RuleDocs.onDisk());
    private final ServerCommands commands;
    private volatile LanguageClient client;
    private volatile Validator validator;
    private volatile ClientCapabilities clientCapabilities = new ClientCapabilities();
    private volatile List<Path> workspaceFolders = List.of();

    /**
     * @param analyzer     the analysis (tests pass one with a rule that throws)
     * @param exit         ends the process with the given code ({@code System::exit} in production)
     * @param parentPollMs how often to check that the editor process is still alive
     */
    public GkreportLanguageServer(Analyzer analyzer, IntConsumer exit, long parentPollMs) {
        this.session = new AnalysisSession(analyzer, new WorkspaceSettings(this::logConfigWarning));
        this.commands = new ServerCommands(session, converter);
        this.exit = exit;
        this.parentPollMs = parentPollMs;
    }

    @Override
    public void connect(LanguageClient languageClient) {
        this.client = languageClient;
        this.validator = new Validator(session, new CrossYearFindings(session, workspaceReports), converter, background, languageClient);
    }

    @Override
    public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
        lifecycle.initialize();
        clientCapabilities = Optional.ofNullable(params.getCapabilities()).orElseGet(ClientCapabilities::new);
        session.settings().setEditor(EditorSettings.fromJson(json(params.getInitializationOptions())));
        workspaceFolders = WorkspaceFolders.of(params);
        commands.rememberIn(CheckedFolders.in(storagePath(json(params.getInitializationOptions()))));
        if (params.getProcessId() != null) {
            long pid = params.getProcessId();
            ParentProcessWatcher.watch(pid, background, parentPollMs, () -> {
                System.err.println("gkreport: the editor process " + pid + " has ended; exiting");
                terminate(1);
            });
        }
        return CompletableFuture.completedFuture(new InitializeResult(Capabilities.server(), new ServerInfo("gkreport", VERSION)));
    }

    @Override
    public void initialized(InitializedParams params) {
        if (!lifecycle.isRunning()) return;
        workspaceReports.setRoots(workspaceFolders);
        requests.execute(() -> commands.recheckRemembered(client));
        boolean canWatch = Optional.ofNullable(clientCapabilities.getWorkspace())
                .map(w -> w.getDidChangeWatchedFiles())
                .map(d -> Boolean.TRUE.equals(d.getDynamicRegistration()))
                .orElse(false);
        if (!canWatch) return;
        // The config files, and the reports: last year's report on disk may change under an open one.
        var options = new DidChangeWatchedFilesRegistrationOptions(List.of(
                new FileSystemWatcher(Either.forLeft("**/" + ConfigLoader.FILE_NAME)),
                new FileSystemWatcher(Either.forLeft("**/*.{" + String.join(",", ReportFiles.EXTENSIONS) + "}"))));
        client.registerCapability(new RegistrationParams(List.of(
                new Registration("gkreport-watched-files", "workspace/didChangeWatchedFiles", options))));
    }

    @Override
    public CompletableFuture<Object> shutdown() {
        lifecycle.shutdown();
        validator.cancelAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void exit() {
        terminate(lifecycle.exitCode());
    }

    @Override
    public ReportTextDocumentService getTextDocumentService() {
        return textDocuments;
    }

    @Override
    public ReportWorkspaceService getWorkspaceService() {
        return workspace;
    }

    /** The exit code when the client closes the stream without sending exit: 0 after a shutdown, else 1. */
    public int exitCodeOnStreamEnd() {
        return lifecycle.exitCode();
    }

    Lifecycle lifecycle() {
        return lifecycle;
    }

    AnalysisSession session() {
        return session;
    }

    Validator validator() {
        return validator;
    }

    DiagnosticConverter converter() {
        return converter;
    }

    WorkspaceReports workspaceReports() {
        return workspaceReports;
    }

    ServerCommands commands() {
        return commands;
    }

    LanguageClient client() {
        return client;
    }

    ExecutorService requests() {
        return requests;
    }

    /** Whether the client applies versioned {@code documentChanges} in a workspace edit. */
    boolean clientSupportsDocumentChanges() {
        return Optional.ofNullable(clientCapabilities.getWorkspace())
                .map(w -> w.getWorkspaceEdit())
                .map(e -> Boolean.TRUE.equals(e.getDocumentChanges()))
                .orElse(false);
    }

    /**
     * A problem in a {@code .gkreport.json} goes to the client's log, not to a diagnostic: it has no
     * position in the file (only a key path such as 「rules.sum-relaton」), and the file may lie
     * above the workspace, where the editor shows nothing and the server is told of no edit.
     */
    private void logConfigWarning(ConfigWarning warning, String language) {
        LanguageClient c = client;
        if (c == null) return;
        String where = warning.where().isEmpty() ? "" : " " + warning.where();
        String text = Messages.forLanguage(language).render(Message.of("lsp.log.configWarning", warning.file(), where, warning.message()));
        c.logMessage(new MessageParams(MessageType.Warning, text));
    }

    private void terminate(int code) {
        background.shutdownNow();
        walker.shutdownNow();
        requests.shutdownNow();
        exit.accept(code);
    }

    /** The {@code storagePath} initialization option: where the editor keeps this workspace's state. */
    private static String storagePath(JsonElement options) {
        if (options == null || !options.isJsonObject()) return null;
        JsonElement path = options.getAsJsonObject().get("storagePath");
        return path != null && path.isJsonPrimitive() ? path.getAsString() : null;
    }

    static JsonElement json(Object value) {
        return value == null || value instanceof JsonElement ? (JsonElement) value : new Gson().toJsonTree(value);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread t = new Thread(runnable, name);
            t.setDaemon(true);
            return t;
        };
    }
}

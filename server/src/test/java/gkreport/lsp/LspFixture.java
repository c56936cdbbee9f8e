package gkreport.lsp;

import com.google.gson.JsonObject;
import gkreport.service.Analyzer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * The real server and an LSP4J client connected over in-memory pipes, as an editor would be over
 * stdio. The server's exit code is recorded instead of ending the JVM.
 */
public final class LspFixture implements AutoCloseable {
    public static final Duration TIMEOUT = Duration.ofSeconds(20);

    public final RecordingClient client = new RecordingClient();
    public final LanguageServer server;
    private final GkreportLanguageServer serverImpl;
    private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
    private final Pipe toServer = new Pipe();
    private final Pipe toClient = new Pipe();

    public LspFixture() {
        this(new Analyzer(), ParentProcessWatcher.DEFAULT_PERIOD_MS);
    }

    public LspFixture(Analyzer analyzer, long parentPollMs) {
        serverImpl = new GkreportLanguageServer(analyzer, exitCode::complete, parentPollMs);
        ServerLauncher.create(serverImpl, toServer.in, toClient.out).startListening();
        Launcher<LanguageServer> clientLauncher = LSPLauncher.createClientLauncher(client, toClient.in, toServer.out);
        clientLauncher.startListening();
        server = clientLauncher.getRemoteProxy();
    }

    /** Parameters as an editor sends them: these options (debounce 0 unless they set one), the folder (or none), this process as parent. */
    public static InitializeParams params(JsonObject options, Path folder) {
        InitializeParams params = new InitializeParams();
        params.setProcessId((int) ProcessHandle.current().pid());
        JsonObject o = options == null ? new JsonObject() : options.deepCopy();
        if (!o.has("debounceMs")) o.addProperty("debounceMs", 0);
        params.setInitializationOptions(o);
        if (folder != null) params.setWorkspaceFolders(List.of(new WorkspaceFolder(folder.toUri().toString(), "ws")));
        ClientCapabilities capabilities = new ClientCapabilities();
        WorkspaceClientCapabilities workspace = new WorkspaceClientCapabilities();
        workspace.setWorkspaceEdit(new WorkspaceEditCapabilities());
        workspace.getWorkspaceEdit().setDocumentChanges(true);
        capabilities.setWorkspace(workspace);
        params.setCapabilities(capabilities);
        return params;
    }

    public InitializeResult initialize(InitializeParams params) throws Exception {
        InitializeResult result = get(server.initialize(params));
        server.initialized(new InitializedParams());
        return result;
    }

    public InitializeResult initialize(JsonObject options, Path folder) throws Exception {
        return initialize(params(options, folder));
    }

    public InitializeResult initialize() throws Exception {
        return initialize(null, null);
    }

    public void open(String uri, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gkreport", 1, text)));
    }

    public void replaceAll(String uri, int version, String text) {
        change(uri, version, List.of(new TextDocumentContentChangeEvent(text)));
    }

    public void change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), changes));
    }

    public static <T> T get(CompletableFuture<T> future) throws InterruptedException, ExecutionException, TimeoutException {
        return future.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    /** The exit code the server ended with, once it has. */
    public int awaitExit() throws Exception {
        return exitCode.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    }

    @Override
    public void close() throws Exception {
        if (!exitCode.isDone()) {
            try {
                get(server.shutdown());
            } catch (ExecutionException e) {
                // already shut down by the test
            }
            server.exit();
            awaitExit();
        }
        toServer.close();
        toClient.close();
    }
}

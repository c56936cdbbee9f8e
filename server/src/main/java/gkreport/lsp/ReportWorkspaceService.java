package gkreport.lsp;

import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidChangeWorkspaceFoldersParams;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings changes (the editor's settings, or a {@code .gkreport.json} changed on disk: every open
 * document is validated again) and the extension's commands, run off the protocol thread.
 */
public final class ReportWorkspaceService implements WorkspaceService {
    private final GkreportLanguageServer server;

    ReportWorkspaceService(GkreportLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (!server.lifecycle().isRunning()) return;
        server.session().settings().setEditor(EditorSettings.fromJson(GkreportLanguageServer.json(params.getSettings())));
        server.session().settings().reload();
        server.validator().scheduleAll(0);
    }

    @Override
    public CompletableFuture<Object> executeCommand(ExecuteCommandParams params) {
        return CompletableFutures.computeAsync(server.requests(), (CancelChecker cancel) -> {
            server.lifecycle().checkRunning();
            return server.commands().execute(params, server.client(), cancel);
        });
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (!server.lifecycle().isRunning()) return;
        server.session().settings().reload();
        server.validator().scheduleAll(0);
        server.workspaceReports().refresh(); // last year's report may have changed on disk
    }

    @Override
    public void didChangeWorkspaceFolders(DidChangeWorkspaceFoldersParams params) {
        if (!server.lifecycle().isRunning()) return;
        server.workspaceReports().setRoots(WorkspaceFolders.changed(server.workspaceReports().roots(), params.getEvent()));
    }
}

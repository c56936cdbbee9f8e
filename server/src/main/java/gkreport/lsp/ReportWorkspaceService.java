package gkreport.lsp;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings changes: the editor's settings, or a {@code .gkreport.json} changed on disk; every open document is validated again. */
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
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        if (!server.lifecycle().isRunning()) return;
        server.session().settings().reload();
        server.validator().scheduleAll(0);
    }
}

package gkreport.lsp;

import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CodeLensOptions;
import org.eclipse.lsp4j.ExecuteCommandOptions;
import org.eclipse.lsp4j.SaveOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;
import org.eclipse.lsp4j.WorkspaceFoldersOptions;
import org.eclipse.lsp4j.WorkspaceServerCapabilities;

/** What the server offers: incremental sync, diagnostics, quick fixes and fix-all, hover, outline, folding, inlay sums, formatting, the table view's code lenses, the extension's commands, and workspace folders (for cross-year findings). */
public final class Capabilities {
    public static final String POSITION_ENCODING = "utf-16";

    private Capabilities() {
    }

    public static ServerCapabilities server() {
        ServerCapabilities c = new ServerCapabilities();
        c.setPositionEncoding(POSITION_ENCODING);
        TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
        sync.setOpenClose(true);
        sync.setChange(TextDocumentSyncKind.Incremental);
        sync.setSave(new SaveOptions(false));
        c.setTextDocumentSync(sync);
        c.setCodeActionProvider(new CodeActionOptions(List.of(CodeActionKind.QuickFix, SourceFixAllAction.KIND)));
        c.setHoverProvider(true);
        c.setDocumentSymbolProvider(true);
        c.setFoldingRangeProvider(true);
        c.setInlayHintProvider(true);
        c.setDocumentFormattingProvider(true);
        c.setCodeLensProvider(new CodeLensOptions(false));
        c.setExecuteCommandProvider(new ExecuteCommandOptions(ServerCommands.ALL));
        // Cross-year findings pair a report with last year's in the workspace folders: follow them as they change.
        WorkspaceFoldersOptions folders = new WorkspaceFoldersOptions();
        folders.setSupported(true);
        folders.setChangeNotifications(true);
        c.setWorkspace(new WorkspaceServerCapabilities(folders));
        return c;
    }
}

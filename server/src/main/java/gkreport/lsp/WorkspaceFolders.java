package gkreport.lsp;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.WorkspaceFolder;
import org.eclipse.lsp4j.WorkspaceFoldersChangeEvent;

/** The workspace folders a client names, as paths: its folders, or else its root. */
final class WorkspaceFolders {
    private WorkspaceFolders() {
    }

    @SuppressWarnings("deprecation") // rootUri and rootPath: what older clients send instead of folders
    static List<Path> of(InitializeParams params) {
        List<Path> folders = new ArrayList<>();
        if (params.getWorkspaceFolders() != null) {
            for (WorkspaceFolder f : params.getWorkspaceFolders()) FileUris.path(f.getUri()).ifPresent(folders::add);
        }
        if (folders.isEmpty() && params.getRootUri() != null) FileUris.path(params.getRootUri()).ifPresent(folders::add);
        if (folders.isEmpty() && params.getRootPath() != null) folders.add(Path.of(params.getRootPath()).toAbsolutePath().normalize());
        return folders;
    }

    static List<Path> changed(List<Path> folders, WorkspaceFoldersChangeEvent event) {
        Set<Path> now = new LinkedHashSet<>(folders);
        if (event.getRemoved() != null) {
            for (WorkspaceFolder f : event.getRemoved()) FileUris.path(f.getUri()).ifPresent(now::remove);
        }
        if (event.getAdded() != null) {
            for (WorkspaceFolder f : event.getAdded()) FileUris.path(f.getUri()).ifPresent(now::add);
        }
        return List.copyOf(now);
    }
}

package gkreport.lsp;

import gkreport.service.Settings;
import java.net.URI;
import java.nio.file.FileSystemNotFoundException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The settings each document is analysed with: its workspace folder's {@code .gkreport.json},
 * overridden by the editor's settings.
 */
public final class WorkspaceSettings {
    private volatile List<Path> folders = List.of();
    private volatile Map<Path, SettingsLayer> configFiles = Map.of();
    private volatile EditorSettings editor = EditorSettings.DEFAULT;

    /** The workspace folders, innermost first so that a document belongs to the deepest one holding it. */
    public void setFolders(List<Path> roots) {
        folders = roots.stream().map(p -> p.toAbsolutePath().normalize())
                .sorted(Comparator.comparingInt(Path::getNameCount).reversed()).toList();
    }

    public EditorSettings editor() {
        return editor;
    }

    public void setEditor(EditorSettings settings) {
        editor = settings;
    }

    /** Reads every folder's {@code .gkreport.json} again; a file that cannot be read counts as absent. */
    public void reloadConfigFiles(Consumer<WorkspaceConfigFile.InvalidConfigException> onInvalid) {
        Map<Path, SettingsLayer> read = new LinkedHashMap<>();
        for (Path folder : folders) {
            try {
                read.put(folder, WorkspaceConfigFile.read(folder));
            } catch (WorkspaceConfigFile.InvalidConfigException e) {
                onInvalid.accept(e);
                read.put(folder, SettingsLayer.NONE);
            }
        }
        configFiles = Map.copyOf(read);
    }

    /** The settings for the document: its innermost folder's file, then the editor's settings. */
    public Settings settingsFor(String uri) {
        SettingsLayer file = folderOf(uri).map(f -> configFiles.getOrDefault(f, SettingsLayer.NONE)).orElse(SettingsLayer.NONE);
        return file.overriddenBy(editor.layer()).toSettings();
    }

    private Optional<Path> folderOf(String uri) {
        Optional<Path> path = pathOf(uri);
        return path.flatMap(p -> folders.stream().filter(p::startsWith).findFirst());
    }

    static Optional<Path> pathOf(String uri) {
        try {
            URI u = URI.create(uri);
            return "file".equalsIgnoreCase(u.getScheme()) ? Optional.of(Path.of(u).toAbsolutePath().normalize()) : Optional.empty();
        } catch (IllegalArgumentException | FileSystemNotFoundException e) {
            return Optional.empty();
        }
    }
}

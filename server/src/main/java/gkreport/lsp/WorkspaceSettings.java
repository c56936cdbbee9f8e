package gkreport.lsp;

import gkreport.config.ConfigLoader;
import gkreport.config.ConfigWarning;
import gkreport.config.ResolvedConfig;
import gkreport.service.Settings;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The settings each document is analysed with: what {@link ConfigLoader} gives for its file, as
 * for the CLI (the nearest {@code .gkreport.json} at or above the file, its matching
 * {@code overrides} applied), then the editor's settings on top, rule by rule. A document that is
 * no file (an unsaved one) gets the defaults and the editor's settings.
 *
 * <p>Config files are read once and kept until {@link #reload()}; each problem in them is
 * reported once per reading, in the language of the document that met it.
 */
public final class WorkspaceSettings {
    private final BiConsumer<ConfigWarning, String> onWarning;
    private final Object lock = new Object();
    private ConfigLoader loader = new ConfigLoader();
    private final Set<ConfigWarning> reported = new HashSet<>();
    private volatile EditorSettings editor = EditorSettings.DEFAULT;

    /** @param onWarning told of each problem in a config file, with the language to tell it in */
    public WorkspaceSettings(BiConsumer<ConfigWarning, String> onWarning) {
        this.onWarning = onWarning;
    }

    public EditorSettings editor() {
        return editor;
    }

    public void setEditor(EditorSettings settings) {
        editor = settings;
    }

    /** Forgets the config files read so far, so that the next document reads them again. */
    public void reload() {
        synchronized (lock) {
            loader = new ConfigLoader();
            reported.clear();
        }
    }

    public Settings settingsFor(String uri) {
        Settings fromFile = FileUris.path(uri).map(this::fromConfigFile).orElse(Settings.DEFAULT);
        return new SettingsLayer(fromFile.language(), fromFile.severities()).overriddenBy(editor.layer()).toSettings();
    }

    private Settings fromConfigFile(Path file) {
        ResolvedConfig resolved;
        List<ConfigWarning> fresh;
        synchronized (lock) {
            resolved = loader.settingsFor(file, null);
            fresh = resolved.warnings().stream().filter(reported::add).toList();
        }
        String language = editor.layer().language() != null ? editor.layer().language() : resolved.settings().language();
        fresh.forEach(w -> onWarning.accept(w, language));
        return resolved.settings();
    }
}

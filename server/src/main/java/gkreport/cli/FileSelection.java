package gkreport.cli;

import gkreport.config.ConfigLoader;
import gkreport.config.ConfigWarning;
import gkreport.config.ResolvedConfig;
import gkreport.io.ReportFiles;
import gkreport.text.Message;
import gkreport.text.Messages;
import gkreport.service.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The files a command that checks reports covers, as {@code check} chooses them: the paths named
 * ({@link ReportFiles}: folders walked, globs expanded, {@code .gkreportignore} obeyed), each with
 * the settings of its config (and {@code --lang}); the config's ignores leave walked files out, and
 * with {@code --ignore-unknown} named files too. Config warnings are said once on standard error.
 */
final class FileSelection {
    /** The path that names standard input. */
    static final Path STDIN = Path.of("-");

    /** Reads the report piped in, configured by the selection's loader. */
    interface StdinReader {
        CheckedFile read(FileSelection selection) throws IOException;
    }

    /**
     * What was chosen.
     *
     * @param files             the files to check, in order
     * @param chosenOut         files named but left out (by --ignore-unknown or the config): then nothing to check is no failure
     * @param unreadableFolders folders a walk could not read
     */
    record Chosen(List<CheckedFile> files, int chosenOut, List<Path> unreadableFolders) {
        /** Nothing named gave a file to check: said on standard error, and a failure. */
        boolean noFiles() {
            return files.isEmpty() && chosenOut == 0;
        }
    }

    private final ConfigLoader loader = new ConfigLoader();
    private final Set<ConfigWarning> warned = new HashSet<>();
    private final Path config;
    private final String lang;
    private final PrintWriter err;

    /**
     * @param config the --config file, or null to look for the nearest .gkreport.json
     * @param lang   --lang, or null for each config's language
     */
    FileSelection(Path config, String lang, PrintWriter err) {
        this.config = config;
        this.lang = lang;
        this.err = err;
    }

    /** The files of the paths; unreadable folders are said on standard error. */
    Chosen choose(List<Path> paths, boolean ignoreUnknown, StdinReader stdin) throws IOException {
        List<CheckedFile> files = new ArrayList<>();
        int chosenOut = 0;
        ReportFiles.Found found = ReportFiles.find(paths);
        for (Path folder : found.unreadableFolders()) {
            err.println(Messages.forLanguage(lang).render(Message.of("cli.folderUnreadable", folder)));
        }
        for (Path file : found.files()) {
            if (file.equals(STDIN)) {
                files.add(stdin.read(this));
                continue;
            }
            ReportFiles.Taken taken = ReportFiles.taken(file, paths, ignoreUnknown);
            if (taken == ReportFiles.Taken.LEFT_OUT) {
                chosenOut++;
                continue;
            }
            boolean walked = taken == ReportFiles.Taken.AS_WALKED;
            ResolvedConfig resolved = loader.settingsFor(file, config);
            if (walked && resolved.ignored()) { // the config's "ignores" leave it out of folder walks
                if (paths.contains(file)) chosenOut++;
                continue;
            }
            files.add(CheckedFile.of(file, settings(resolved), walked));
        }
        return new Chosen(files, chosenOut, found.unreadableFolders());
    }

    /** The settings of a file of this name (its config's, with --lang), its config's warnings said. */
    Settings settingsFor(Path file) {
        return settings(loader.settingsFor(file, config));
    }

    private Settings settings(ResolvedConfig resolved) {
        Settings settings = lang != null ? resolved.settings().withLanguage(lang) : resolved.settings();
        for (ConfigWarning w : resolved.warnings()) {
            if (!warned.add(w)) continue;
            String where = w.where().isEmpty() ? "" : " " + w.where();
            err.println(Messages.forLanguage(settings.language()).render(Message.of("cli.configWarning", w.file(), where, w.message())));
        }
        return settings;
    }

    /**
     * The language of the tool's own lines (summary, rule descriptions): --lang, else the files'
     * language when their configs agree on one, else that of the config for the current folder.
     */
    Messages commonMessages(List<CheckedFile> files) {
        if (lang != null) return Messages.forLanguage(lang);
        Set<Messages> used = new HashSet<>();
        files.forEach(f -> used.add(f.messages()));
        if (used.size() == 1) return used.iterator().next();
        return Messages.forLanguage(loader.settingsFor(Path.of(""), config).settings().language());
    }
}

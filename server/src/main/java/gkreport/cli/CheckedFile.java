package gkreport.cli;

import gkreport.importer.InputKind;
import gkreport.service.Settings;
import gkreport.text.Messages;
import java.nio.file.Path;

/**
 * A file a check covers, with the settings its config gives it.
 *
 * @param file     the file
 * @param shown    its path as shown to the user
 * @param input    text, or a document converted on reading
 * @param settings its settings (its config's, with --lang applied)
 * @param walked   found in a folder named, rather than named itself: skipped when it is no report at all
 * @param stdin    the bytes read from standard input when the file is 「-」, else null
 */
record CheckedFile(Path file, String shown, InputKind input, Settings settings, boolean walked, byte[] stdin) {
    static CheckedFile of(Path file, Settings settings, boolean walked) {
        return new CheckedFile(file, file.toString().replace('\\', '/'), InputKind.of(file), settings, walked, null);
    }

    /** The report read from standard input, shown (and configured) as {@code name}; always text. */
    static CheckedFile stdin(byte[] content, String name, Settings settings) {
        return new CheckedFile(Path.of(name), name, InputKind.TEXT, settings, false, content);
    }

    boolean fromStdin() {
        return stdin != null;
    }

    Messages messages() {
        return Messages.forLanguage(settings.language());
    }
}

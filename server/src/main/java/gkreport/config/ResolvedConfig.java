package gkreport.config;

import gkreport.service.Settings;
import java.nio.file.Path;
import java.util.List;

/**
 * The settings that apply to one report file, and where they came from.
 *
 * @param settings the message language and per-rule severities
 * @param source   the config file they were read from, or null when none was found (defaults)
 * @param warnings problems found in that config file (the same list for every file it covers)
 * @param ignored  whether the config's {@code ignores} name the file: a folder walk leaves it out
 */
public record ResolvedConfig(Settings settings, Path source, List<ConfigWarning> warnings, boolean ignored) {
    public ResolvedConfig {
        warnings = List.copyOf(warnings);
    }
}

package gkreport.config;

import gkreport.io.Glob;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A {@code .gkreport.json} as read: what it sets at the top, its per-glob overrides in order, and
 * the warnings its reading gave.
 *
 * @param path     the file
 * @param language the message language it sets, or null
 * @param rules    severities it sets
 * @param overrides per-glob settings, later ones winning
 * @param ignores  globs of the files a folder walk leaves out
 */
record ConfigFile(Path path, String language, Map<RuleId, Severity> rules, List<Override> overrides, List<Glob> ignores,
                  List<ConfigWarning> warnings) {
    ConfigFile {
        rules = Map.copyOf(rules);
        overrides = List.copyOf(overrides);
        ignores = List.copyOf(ignores);
        warnings = List.copyOf(warnings);
    }

    boolean ignores(String relativePath) {
        return ignores.stream().anyMatch(g -> g.matches(relativePath));
    }

    /** Settings for the files some of its globs match. */
    record Override(List<Glob> files, String language, Map<RuleId, Severity> rules) {
        Override {
            files = List.copyOf(files);
            rules = Map.copyOf(rules);
        }

        boolean matches(String relativePath) {
            return files.stream().anyMatch(g -> g.matches(relativePath));
        }
    }
}

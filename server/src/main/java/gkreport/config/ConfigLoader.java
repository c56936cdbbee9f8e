package gkreport.config;

import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.service.Settings;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Finds and reads {@code .gkreport.json} for a report file, for the CLI and the language server
 * alike. The settings for a file are, each later one winning:
 * <ol>
 *   <li>the defaults (Chinese messages, every rule at its default severity);</li>
 *   <li>the config file's top-level {@code language} and {@code rules};</li>
 *   <li>each entry of its {@code overrides} whose {@code files} globs match the file's path
 *       relative to the config file's folder, in the order written.</li>
 * </ol>
 * A file its {@code ignores} globs match is one a folder walk leaves out.
 * The config file is {@code explicitConfig} when given (the CLI's {@code --config}), else the
 * nearest {@code .gkreport.json} in the file's folder or any folder above it. Options of the
 * caller (the CLI's {@code --lang}, editor settings) apply on top of the result.
 *
 * <p>Never throws: problems in a config file come back as {@link ConfigWarning}s. Config files are
 * read once per loader; make a new loader to see edits.
 */
public final class ConfigLoader {
    public static final String FILE_NAME = ".gkreport.json";
    private static final long MAX_CONFIG_BYTES = 1024 * 1024;

    private final Map<Path, ConfigFile> cache = new HashMap<>();

    /** The settings for a report file; see the class comment for the order. */
    public ResolvedConfig settingsFor(Path file, Path explicitConfig) {
        Path configPath = explicitConfig != null ? explicitConfig.toAbsolutePath().normalize() : find(file).orElse(null);
        if (configPath == null) return new ResolvedConfig(Settings.DEFAULT, null, List.of(), false);
        ConfigFile config = cache.computeIfAbsent(configPath, ConfigLoader::read);
        String language = config.language();
        Map<RuleId, Severity> rules = new EnumMap<>(RuleId.class);
        rules.putAll(config.rules());
        String relative = relative(configPath, file);
        for (ConfigFile.Override o : config.overrides()) {
            if (!o.matches(relative)) continue;
            rules.putAll(o.rules());
            if (o.language() != null) language = o.language();
        }
        Settings settings = new Settings(language != null ? language : Settings.DEFAULT.language(), rules);
        return new ResolvedConfig(settings, configPath, config.warnings(), config.ignores(relative));
    }

    /** The nearest {@code .gkreport.json} in the file's folder or above, if any. */
    public static Optional<Path> find(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path dir = Files.isDirectory(absolute) ? absolute : absolute.getParent();
        for (; dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static ConfigFile read(Path path) {
        try {
            if (Files.size(path) > MAX_CONFIG_BYTES) return unreadable(path, Message.of("config.tooLarge"));
            return ConfigParser.parse(path, Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return unreadable(path, Message.of("config.unreadable", String.valueOf(e.getMessage())));
        }
    }

    private static ConfigFile unreadable(Path path, Message why) {
        return new ConfigFile(path, null, Map.of(), List.of(), List.of(), List.of(new ConfigWarning(path, "", why)));
    }

    /** The file's path relative to the config file's folder, with '/' separators. */
    private static String relative(Path configPath, Path file) {
        Path base = configPath.getParent();
        Path target = file.toAbsolutePath().normalize();
        String rel = base == null ? target.toString() : base.relativize(target).toString();
        return rel.replace('\\', '/');
    }
}

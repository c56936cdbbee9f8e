package gkreport.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads {@code .gkreport.json} at a workspace folder's root:
 * {@code {"language": "zh", "rules": {"<id>": "error|warning|info|off"}}}.
 * A stand-in until the CLI's shared configuration loader (gkreport.config) replaces it.
 */
public final class WorkspaceConfigFile {
    public static final String NAME = ".gkreport.json";

    private WorkspaceConfigFile() {
    }

    /** The folder's settings; none when the file is absent. */
    public static SettingsLayer read(Path folder) throws InvalidConfigException {
        Path file = folder.resolve(NAME);
        if (!Files.isRegularFile(file)) return SettingsLayer.NONE;
        try {
            JsonElement json = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8));
            if (!json.isJsonObject()) throw new InvalidConfigException(file, "not a JSON object");
            return SettingsLayer.fromJson(json.getAsJsonObject());
        } catch (IOException | JsonParseException e) {
            throw new InvalidConfigException(file, e.getMessage());
        }
    }

    /** The file exists but cannot be read as settings. */
    public static final class InvalidConfigException extends Exception {
        private final Path file;

        InvalidConfigException(Path file, String reason) {
            super(reason);
            this.file = file;
        }

        public Path file() {
            return file;
        }
    }
}

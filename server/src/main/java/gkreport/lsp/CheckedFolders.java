package gkreport.lsp;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import gkreport.io.AtomicWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folders the user had checked ({@code gkreport.checkFolder}), remembered in the editor's
 * storage folder for the workspace (the {@code storagePath} initialization option), so that a
 * new server checks them again and their findings are back after a restart. Without a storage
 * folder nothing is remembered.
 */
final class CheckedFolders {
    static final String FILE_NAME = "checked-folders.json";

    private final Path file;

    private CheckedFolders(Path file) {
        this.file = file;
    }

    /** @param storagePath the {@code storagePath} option, or null */
    static CheckedFolders in(String storagePath) {
        return new CheckedFolders(storagePath == null || storagePath.isBlank() ? null : Path.of(storagePath).resolve(FILE_NAME));
    }

    /** The folders remembered that are still there. */
    synchronized List<Path> all() {
        if (file == null || !Files.isRegularFile(file)) return List.of();
        List<Path> folders = new ArrayList<>();
        try {
            for (JsonElement e : JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonArray()) {
                Path folder = Path.of(e.getAsString());
                if (Files.isDirectory(folder)) folders.add(folder);
            }
        } catch (IOException | RuntimeException e) {
            return List.of(); // a damaged file remembers nothing
        }
        return folders;
    }

    synchronized void add(Path folder) {
        if (file == null) return;
        Set<String> folders = new LinkedHashSet<>();
        all().forEach(f -> folders.add(f.toString()));
        if (!folders.add(folder.toString())) return;
        JsonArray array = new JsonArray();
        folders.forEach(array::add);
        try {
            AtomicWriter.write(file, new Gson().toJson(array).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            // not remembered: the check itself has been done
        }
    }
}

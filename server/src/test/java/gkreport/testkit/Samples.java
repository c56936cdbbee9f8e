package gkreport.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five sample reports in the project's samples/ folder (copies of the shared ones, unchanged). */
public final class Samples {
    public static final Path DIR = Path.of("..", "samples");
    public static final List<String> IDS = List.of("000", "001", "002", "003", "004");

    private Samples() {
    }

    public static Path path(String id) {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().startsWith(id + "_")).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no sample " + id));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String id) {
        try {
            return Files.readString(path(id), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

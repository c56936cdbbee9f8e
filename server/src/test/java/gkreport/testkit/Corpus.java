package gkreport.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real reports of the shared corpus as they came out of real conversions (PDF text, OCR
 * Markdown, web pages; sources in INDEX.tsv), copied unchanged into the test resources.
 */
public final class Corpus {
    public static final Path DIR = Path.of("src", "test", "resources", "corpus");

    private Corpus() {
    }

    public static Path path(String name) {
        return DIR.resolve(name);
    }

    /** A text of the corpus: 「011」 for 011.txt, or a path below the corpus folder. */
    public static String text(String name) {
        try {
            return Files.readString(path(name.contains(".") ? name : name + ".txt"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package gkreport.testkit;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Published PDF reports as {@code pdftotext -layout} gives them (space-aligned tables, page numbers,
 * form feeds), unedited: test resources under corpus/layout.
 */
public final class LayoutFixtures {
    public static final List<String> NAMES = List.of("hzq2023", "hzq2024", "szfgs2024");

    private LayoutFixtures() {
    }

    public static String text(String name) {
        try (InputStream in = LayoutFixtures.class.getResourceAsStream("/corpus/layout/" + name + ".txt")) {
            if (in == null) throw new IllegalArgumentException("no layout fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package gkreport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The five sample reports in the project's samples/ folder (copies of the shared ones, unchanged),
 * the test fixtures, and text edits that make mutated copies of them.
 */
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

    /** A test resource under gkreport/fixtures. */
    public static String fixture(String name) {
        try (var in = Samples.class.getResourceAsStream("/gkreport/fixtures/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with its one occurrence of {@code from} replaced; fails when it occurs not exactly once. */
    public static String replace(String text, String from, String to) {
        int at = text.indexOf(from);
        assertThat(at).as("「%s」 occurs", from).isGreaterThanOrEqualTo(0);
        assertThat(text.indexOf(from, at + 1)).as("「%s」 occurs once", from).isLessThan(0);
        return text.substring(0, at) + to + text.substring(at + from.length());
    }

    /**
     * The text with the values of a cell-per-line row replaced: the lines after the line holding
     * 「TAB label」, one per value.
     */
    public static String setCellPerLineRow(String text, String label, String... values) {
        String[] lines = text.split("\n", -1);
        int at = -1;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].equals("\t" + label)) {
                assertThat(at).as("row 「%s」 occurs once", label).isLessThan(0);
                at = i;
            }
        }
        assertThat(at).as("row 「%s」 occurs", label).isGreaterThanOrEqualTo(0);
        for (int k = 0; k < values.length; k++) lines[at + 1 + k] = "\t" + values[k];
        return String.join("\n", lines);
    }

    /** The text with lines [from, to] (1-based, inclusive) replaced by the given lines. */
    public static String replaceLines(String text, int from, int to, String... replacement) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.subList(from - 1, to).clear();
        lines.addAll(from - 1, List.of(replacement));
        return String.join("\n", lines);
    }
}

package gkreport.lsp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The five sample reports of {@code samples/}, as the tests read them. */
public final class SampleFiles {
    public static final Path DIR = Path.of("..", "samples");
    public static final String S000 = "000_caca49cbca904796.txt";
    public static final String S001 = "001_12bbc16d07ceb1d3.txt";
    public static final String S002 = "002_61225cc98c41ed80.txt";
    public static final String S003 = "003_f2ccba1aa56a8eac.txt";
    public static final String S004 = "004_0edd787810d9c4bb.txt";

    private SampleFiles() {
    }

    public static List<String> names() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String text(String name) {
        try {
            return Files.readString(DIR.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String uri(String name) {
        return DIR.resolve(name).toAbsolutePath().normalize().toUri().toString();
    }

    /** The text with the first occurrence of {@code from} after {@code anchor} replaced by {@code to}. */
    public static String replaceAfter(String text, String anchor, String from, String to) {
        int at = text.indexOf(anchor);
        if (at < 0) throw new IllegalArgumentException("no " + anchor);
        int i = text.indexOf(from, at);
        if (i < 0) throw new IllegalArgumentException("no " + from + " after " + anchor);
        return text.substring(0, i) + to + text.substring(i + from.length());
    }
}

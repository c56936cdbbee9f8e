package gkreport.rules;

import gkreport.io.AtomicWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The rule pages of docs/rules/: as packed into the jar by the build (SARIF's rule help), and as
 * files on disk that a link can open (the editor's diagnostics link each finding to its rule's page).
 *
 * <p>On disk, the pages are looked for in the nearest folder above the code that holds
 * {@code docs/rules/} with every rule's page: a repository checkout, or an installation that ships
 * the pages beside its jar (the VS Code extension). When there is none, the packed pages are
 * extracted to the user's cache folder ({@code $XDG_CACHE_HOME/gkreport}, else
 * {@code ~/.cache/gkreport}), else to the temporary folder, and the links point there.
 */
public final class RuleDocs {
    private static final String PACKED = "/gkreport/";

    private final Path root;

    private RuleDocs(Path root) {
        this.root = root;
    }

    /** The page's Markdown as packed into the jar, or null when the build packed none for this rule. */
    public static String markdown(RuleId rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream(PACKED + rule.docPath())) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The pages for this installation: beside the code, else extracted to the cache or temporary folder. */
    public static RuleDocs onDisk() {
        return onDisk(codeLocation(), cacheFolders());
    }

    /**
     * The pages in the nearest folder at or above {@code code} that has them all, else in the first
     * of {@code caches} they can be extracted to.
     */
    static RuleDocs onDisk(Path code, List<Path> caches) {
        for (Path dir = code; dir != null; dir = dir.getParent()) {
            if (hasEveryPage(dir)) return new RuleDocs(dir);
        }
        for (Path cache : caches) {
            if (extractTo(cache)) return new RuleDocs(cache);
        }
        return new RuleDocs(code);
    }

    /** The folder that holds {@code docs/rules/}. */
    public Path root() {
        return root;
    }

    /** The page's {@code file:} URI. */
    public String href(RuleId rule) {
        return root.resolve(rule.docPath()).toUri().toString();
    }

    private static boolean hasEveryPage(Path dir) {
        return Arrays.stream(RuleId.values()).allMatch(r -> Files.isRegularFile(dir.resolve(r.docPath())));
    }

    /** Writes each packed page that is missing or differs (an older version's); false when the folder cannot be written. */
    private static boolean extractTo(Path root) {
        try {
            for (RuleId rule : RuleId.values()) {
                String page = markdown(rule);
                if (page == null) return false;
                Path file = root.resolve(rule.docPath());
                if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(page)) continue;
                AtomicWriter.write(file, page.getBytes(StandardCharsets.UTF_8));
            }
            return true;
        } catch (IOException | UncheckedIOException | SecurityException e) {
            return false;
        }
    }

    private static List<Path> cacheFolders() {
        List<Path> folders = new ArrayList<>();
        Optional.ofNullable(System.getenv("XDG_CACHE_HOME")).filter(s -> !s.isBlank())
                .ifPresent(xdg -> folders.add(Path.of(xdg, "gkreport")));
        Optional.ofNullable(System.getProperty("user.home")).filter(s -> !s.isBlank())
                .ifPresent(home -> folders.add(Path.of(home, ".cache", "gkreport")));
        folders.add(Path.of(System.getProperty("java.io.tmpdir"), "gkreport-" + System.getProperty("user.name", "user")));
        return folders;
    }

    /** The folder of the jar the code runs from, or its classes folder. */
    private static Path codeLocation() {
        try {
            Path location = Path.of(RuleDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location : location.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}

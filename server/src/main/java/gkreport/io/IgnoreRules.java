package gkreport.io;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code .gkreportignore} files in force for a folder walk, in gitignore syntax: one pattern a
 * line, {@code #} comments, {@code !} to take a file back, a trailing {@code /} for folders only,
 * a leading or inner {@code /} anchoring the pattern to the ignore file's folder, {@code *},
 * {@code **}, {@code ?} and {@code [abc]}. The files of the walked folder's ancestors apply, and
 * each folder's own below them; the last pattern that matches decides, and a file inside an
 * ignored folder stays ignored.
 */
public final class IgnoreRules {
    public static final String FILE_NAME = ".gkreportignore";
    private static final long MAX_BYTES = 256 * 1024;

    private record Rule(Path base, Glob pattern, boolean negated, boolean folderOnly) {
    }

    private final List<Rule> rules;

    private IgnoreRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of the ignore files in the folder's ancestors, the folder itself excluded. */
    static IgnoreRules above(Path folder) {
        List<Path> ancestors = new ArrayList<>();
        for (Path dir = folder.toAbsolutePath().normalize().getParent(); dir != null; dir = dir.getParent()) ancestors.add(0, dir);
        IgnoreRules rules = new IgnoreRules(List.of());
        for (Path dir : ancestors) rules = rules.with(dir);
        return rules;
    }

    /** These rules and those of the folder's own ignore file, if it has one. */
    IgnoreRules with(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) return this;
        List<Rule> more = new ArrayList<>(rules);
        try {
            if (Files.size(file) > MAX_BYTES) return this;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Rule rule = parse(folder.toAbsolutePath().normalize(), line);
                if (rule != null) more.add(rule);
            }
        } catch (IOException | RuntimeException e) {
            return this; // an ignore file that cannot be read ignores nothing
        }
        return new IgnoreRules(more);
    }

    /** Whether the file or folder is ignored. */
    boolean ignores(Path path, boolean folder) {
        Path absolute = path.toAbsolutePath().normalize();
        boolean ignored = false;
        for (Rule rule : rules) {
            if (!absolute.startsWith(rule.base) || absolute.equals(rule.base)) continue;
            if (rule.folderOnly && !folder) continue;
            String relative = rule.base.relativize(absolute).toString().replace('\\', '/');
            if (rule.pattern.matches(relative)) ignored = !rule.negated;
        }
        return ignored;
    }

    private static Rule parse(Path base, String line) {
        String p = line.strip();
        if (p.isEmpty() || p.startsWith("#")) return null;
        boolean negated = p.startsWith("!");
        if (negated) p = p.substring(1);
        boolean folderOnly = p.endsWith("/");
        while (p.endsWith("/")) p = p.substring(0, p.length() - 1);
        if (p.isEmpty()) return null;
        return new Rule(base, Glob.of(p), negated, folderOnly);
    }
}

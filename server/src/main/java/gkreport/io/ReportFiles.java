package gkreport.io;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a check covers: each file named, the report files found under each folder named, and
 * those a glob named (「reports/**&#47;*.txt」, quoted so that the shell leaves it alone). A walk skips
 * hidden folders, {@code node_modules} and {@code target}, Word's lock files, what the
 * {@code .gkreportignore} files in force ignore ({@link IgnoreRules}), and a folder it may not
 * read, which it names instead of stopping.
 */
public final class ReportFiles {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "gkr", "docx", "html", "htm", "pdf");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target");
    private static final String GLOB_CHARS = "*?[{";

    /**
     * What a collection found.
     *
     * @param files            the files, named ones first as named, walked ones sorted
     * @param unreadableFolders folders a walk could not read, skipped
     */
    public record Found(List<Path> files, List<Path> unreadableFolders) {
        public Found {
            files = List.copyOf(files);
            unreadableFolders = List.copyOf(unreadableFolders);
        }
    }

    private ReportFiles() {
    }

    /** The files of the paths; a path named that does not exist is kept, so that it is reported as unreadable. */
    public static List<Path> collect(List<Path> roots) throws IOException {
        return find(roots).files();
    }

    /** The files of the paths and the folders that could not be read. */
    public static Found find(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        List<Path> unreadable = new ArrayList<>();
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                walk(root, null, files, unreadable);
            } else if (!Files.exists(root) && isGlob(root.toString())) {
                int before = files.size();
                walkGlob(root.toString().replace('\\', '/'), files, unreadable);
                if (files.size() == before) files.add(root); // matches nothing: said as a path that is not there
            } else {
                files.add(root);
            }
        }
        return new Found(files, unreadable);
    }

    public static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** 「reports/**&#47;*.txt」: walks from the part before the first wildcard, keeps what the whole pattern matches. */
    private static void walkGlob(String pattern, List<Path> files, List<Path> unreadable) throws IOException {
        int firstWildcard = firstIndexOfAny(pattern, GLOB_CHARS);
        int slash = pattern.lastIndexOf('/', firstWildcard);
        Path base = Path.of(slash < 0 ? "." : slash == 0 ? "/" : pattern.substring(0, slash));
        if (!Files.isDirectory(base)) return;
        walk(base, Glob.of("/" + pattern.substring(slash + 1)), files, unreadable);
    }

    private static void walk(Path root, Glob only, List<Path> files, List<Path> unreadable) throws IOException {
        List<Path> found = new ArrayList<>();
        Deque<IgnoreRules> ignores = new ArrayDeque<>();
        ignores.push(IgnoreRules.above(root));
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                boolean isRoot = dir.equals(root);
                if (!isRoot && (isSkippedFolder(dir) || ignores.peek().ignores(dir, true))) return FileVisitResult.SKIP_SUBTREE;
                if (!Files.isReadable(dir)) {
                    unreadable.add(dir);
                    return FileVisitResult.SKIP_SUBTREE;
                }
                ignores.push(ignores.peek().with(dir));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                if (!attrs.isRegularFile() || !isReport(file) || isLockFile(file) || ignores.peek().ignores(file, false)) {
                    return FileVisitResult.CONTINUE;
                }
                if (only == null || only.matches(root.relativize(file).toString().replace('\\', '/'))) found.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                unreadable.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                ignores.pop();
                return FileVisitResult.CONTINUE;
            }
        });
        found.sort(null);
        files.addAll(found);
    }

    /** How a file the paths gave is taken: as named (always checked), as a folder walk takes it, or left out. */
    public enum Taken { AS_NAMED, AS_WALKED, LEFT_OUT }

    /**
     * How the file is taken: one a folder walk found, or a named one with {@code --ignore-unknown},
     * as walks take files; any other named one as it is named.
     */
    public static Taken taken(Path file, List<Path> paths, boolean ignoreUnknown) {
        if (!paths.contains(file)) return Taken.AS_WALKED;
        if (!ignoreUnknown) return Taken.AS_NAMED;
        return leftOutOfWalks(file) ? Taken.LEFT_OUT : Taken.AS_WALKED;
    }

    /**
     * Whether a folder walk would leave this file out: not a report's extension, a Word lock file,
     * or ignored by a {@code .gkreportignore} (its own or one of its folders').
     */
    private static boolean leftOutOfWalks(Path file) {
        if (!isReport(file) || isLockFile(file)) return true;
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> folders = new ArrayList<>();
        for (Path dir = absolute.getParent(); dir != null; dir = dir.getParent()) folders.add(0, dir);
        IgnoreRules rules = IgnoreRules.above(folders.get(0));
        for (Path dir : folders) {
            if (rules.ignores(dir, true)) return true;
            rules = rules.with(dir);
        }
        return rules.ignores(absolute, false);
    }

    /** 「~$报告.docx」: the owner file Word keeps beside a document while it is open, not a report. */
    private static boolean isLockFile(Path p) {
        return p.getFileName().toString().startsWith("~$");
    }

    private static boolean isSkippedFolder(Path dir) {
        String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
        return name.startsWith(".") || SKIPPED_FOLDERS.contains(name);
    }

    private static boolean isGlob(String path) {
        return firstIndexOfAny(path, GLOB_CHARS) >= 0;
    }

    private static int firstIndexOfAny(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) return i;
        }
        return -1;
    }
}

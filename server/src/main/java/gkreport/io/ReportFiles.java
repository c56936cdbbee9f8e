package gkreport.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/** The files a check covers: each file named, and the report files found under each folder named. */
public final class ReportFiles {
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "gkr", "docx", "html", "htm", "pdf");
    private static final Set<String> SKIPPED_FOLDERS = Set.of("node_modules", "target");

    private ReportFiles() {
    }

    /** A path named that does not exist is kept, so that it is reported as unreadable. */
    public static List<Path> collect(List<Path> roots) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path root : roots) {
            if (!Files.isDirectory(root)) {
                files.add(root);
                continue;
            }
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(Files::isRegularFile)
                        .filter(p -> isReport(p) && !isLockFile(p) && !inSkippedFolder(root, p))
                        .sorted()
                        .forEach(files::add);
            }
        }
        return files;
    }

    public static boolean isReport(Path p) {
        String name = p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 && EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

    /** 「~$报告.docx」: the owner file Word keeps beside a document while it is open, not a report. */
    private static boolean isLockFile(Path p) {
        return p.getFileName().toString().startsWith("~$");
    }

    private static boolean inSkippedFolder(Path root, Path file) {
        for (Path part : root.relativize(file.getParent() == null ? root : file.getParent())) {
            String name = part.toString();
            if (name.startsWith(".") || SKIPPED_FOLDERS.contains(name)) return true;
        }
        return false;
    }
}

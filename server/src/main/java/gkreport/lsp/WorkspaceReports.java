package gkreport.lsp;

import gkreport.importer.ReportReader;
import gkreport.io.ReportFiles;
import gkreport.io.UnreadableFileException;
import gkreport.rules.crossyear.CrossYearKey;
import gkreport.rules.crossyear.LastYearReport;
import gkreport.service.ReportSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The reports on disk in the workspace folders, each kept as what the next year's report is
 * checked against ({@link LastYearReport}), by its cross-year key. The folders are walked as
 * {@code gkreport check} walks them; each file is read and recognised (without the rules) once,
 * and again only when its size or time changes. Walks run on their own thread, so that a
 * validation never waits for one: it pairs with what is known, and when a walk finds something
 * new every open document is validated again.
 */
final class WorkspaceReports {
    /** A file as last read: its stamp, and what a report of the year after needs of it (null when it has no key). */
    private record Entry(long modified, long size, LastYearReport lastYear) {
        CrossYearKey key() {
            return lastYear == null ? null : lastYear.key();
        }
    }

    /** More report files than any agency's folder holds; past it the workspace is not a folder of reports. */
    static final int MAX_FILES = 5000;

    private final Map<Path, Entry> files = new ConcurrentHashMap<>();
    private final ExecutorService walker;
    private final Runnable onChange;
    private final AtomicBoolean walkPending = new AtomicBoolean();
    private volatile List<Path> roots = List.of();

    /**
     * @param walker   the thread walks run on
     * @param onChange run after a walk that found a report added, changed or gone
     */
    WorkspaceReports(ExecutorService walker, Runnable onChange) {
        this.walker = walker;
        this.onChange = onChange;
    }

    /** The workspace folders, and a walk of them. */
    void setRoots(List<Path> folders) {
        roots = List.copyOf(folders);
        refresh();
    }

    List<Path> roots() {
        return roots;
    }

    /** Walks the folders again soon; walks asked for while one is waiting are one walk. */
    void refresh() {
        if (roots.isEmpty() || !walkPending.compareAndSet(false, true)) return;
        walker.execute(() -> {
            walkPending.set(false);
            if (walk()) onChange.run();
        });
    }

    /** Last year's reports of the agency on disk, files open in the editor left out (their open text counts). */
    List<LastYearReport> lastYears(CrossYearKey key, Set<Path> open) {
        CrossYearKey wanted = key.lastYear();
        List<LastYearReport> found = new ArrayList<>();
        files.forEach((path, entry) -> {
            if (wanted.equals(entry.key()) && !open.contains(path)) found.add(entry.lastYear());
        });
        return found;
    }

    /** Whether the walk changed what is known. A workspace of more files than a report folder holds is read in part. */
    boolean walk() {
        boolean changed = false;
        Set<Path> seen = new HashSet<>();
        try {
            for (Path file : ReportFiles.find(roots).files()) {
                if (seen.size() == MAX_FILES) break;
                Path path = file.toAbsolutePath().normalize();
                seen.add(path);
                changed |= update(path);
            }
        } catch (IOException | RuntimeException e) {
            return changed; // a folder gone while walked: what was read stays
        }
        changed |= files.keySet().retainAll(seen);
        return changed;
    }

    private boolean update(Path path) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException e) {
            return files.remove(path) != null;
        }
        long modified = attributes.lastModifiedTime().toMillis();
        Entry known = files.get(path);
        if (known != null && known.modified() == modified && known.size() == attributes.size()) return false;
        Entry read = read(path, modified, attributes.size());
        files.put(path, read);
        return (known != null && known.key() != null) || read.key() != null; // a text that is no report changes nothing
    }

    private static Entry read(Path path, long modified, long size) {
        try {
            return new Entry(modified, size, ReportSet.lastYearOf(FileUris.uri(path), ReportReader.read(path).text()).orElse(null));
        } catch (UnreadableFileException | RuntimeException e) {
            return new Entry(modified, size, null);
        }
    }
}

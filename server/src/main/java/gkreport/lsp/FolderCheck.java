package gkreport.lsp;

import gkreport.importer.ReportReader;
import gkreport.io.ReportFiles;
import gkreport.io.HeapLimit;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import gkreport.service.ReportSet;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * {@code gkreport.checkFolder}: checks every report file under a folder — the files
 * {@code gkreport check} would take, read as it reads them, with the same settings — and
 * publishes each one's diagnostics. A file open in the editor is counted at its editor version
 * and left to the usual validation; any other file gets the diagnostics of its text on disk, an
 * empty list when it is clean, so that what an earlier check found goes. A file the previous
 * check of the folder published that is no longer there is cleared too. Reports of one agency on
 * consecutive years in the folder are checked against each other, as {@code gkreport check} does.
 */
final class FolderCheck {
    private final AnalysisSession session;
    private final DiagnosticConverter converter;
    private final Map<Path, Set<String>> publishedByFolder = new ConcurrentHashMap<>();

    FolderCheck(AnalysisSession session, DiagnosticConverter converter) {
        this.session = session;
        this.converter = converter;
    }

    /** What the command answers. */
    record Result(int files, int errors, int warnings) {
    }

    /** One report of the folder: where it is, its analysis, and whether the editor has it open. */
    private record Checked(String uri, Analysis analysis, boolean open) {
    }

    private void logUnreadable(LanguageClient client, String uri, Path file, Message reason) {
        String text = session.messages(uri).render(Message.of("lsp.log.unreadable", file, reason));
        client.logMessage(new MessageParams(MessageType.Warning, text));
    }

    Result run(Path folder, LanguageClient client, CancelChecker cancel) throws IOException {
        Map<Path, OpenDocument> open = openDocuments();
        ReportFiles.Found found = ReportFiles.find(List.of(folder));
        for (Path skipped : found.unreadableFolders()) { // the rest of the folder is still checked
            String text = session.messages(FileUris.uri(skipped)).render(Message.of("cli.folderUnreadable", skipped));
            client.logMessage(new MessageParams(MessageType.Warning, text));
        }
        List<Path> files = found.files();
        List<Checked> checked = new ArrayList<>();
        for (Path file : files) {
            cancel.checkCanceled();
            OpenDocument document = open.get(file.toAbsolutePath().normalize());
            if (document != null) { // one too large for the heap is left to its validation, which says so
                session.analysed(document).ifPresent(a -> checked.add(new Checked(document.uri(), a, true)));
                continue;
            }
            String uri = FileUris.uri(file);
            try {
                checked.add(new Checked(uri, session.analyze(uri, ReportReader.read(file).text()), false));
            } catch (UnreadableFileException e) {
                logUnreadable(client, uri, file, e.reason());
            } catch (OutOfMemoryError e) {
                logUnreadable(client, uri, file, HeapLimit.fileTooLarge());
            }
        }
        ReportSet reports = new ReportSet();
        for (Checked c : checked) reports.add(c.uri(), c.analysis().report());
        Set<String> published = new HashSet<>();
        int errors = 0;
        int warnings = 0;
        for (Checked c : checked) {
            Analysis analysis = c.analysis().plus(reports.findingsOn(c.uri(), c.analysis().report(), session.settingsFor(c.uri())));
            if (!c.open()) { // an open document is left to the usual validation, which pairs it too
                client.publishDiagnostics(new PublishDiagnosticsParams(c.uri(), converter.diagnostics(analysis, session.messages(c.uri()), c.uri())));
                published.add(c.uri());
            }
            for (Finding f : analysis.findings()) {
                if (f.severity() == Severity.ERROR) errors++;
                else if (f.severity() == Severity.WARNING) warnings++;
            }
        }
        Path key = folder.toAbsolutePath().normalize();
        for (String gone : publishedByFolder.getOrDefault(key, Set.of())) {
            boolean reopened = FileUris.path(gone).map(open::containsKey).orElse(false);
            if (!published.contains(gone) && !reopened) client.publishDiagnostics(new PublishDiagnosticsParams(gone, List.of()));
        }
        publishedByFolder.put(key, Set.copyOf(published));
        return new Result(files.size(), errors, warnings);
    }

    /** The open documents that are files, by path (the editor's URI spelling may differ from Java's). */
    private Map<Path, OpenDocument> openDocuments() {
        Map<Path, OpenDocument> byPath = new HashMap<>();
        for (OpenDocument d : session.documents().all()) FileUris.path(d.uri()).ifPresent(p -> byPath.put(p, d));
        return byPath;
    }
}

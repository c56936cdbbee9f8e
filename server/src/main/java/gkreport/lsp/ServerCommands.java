package gkreport.lsp;

import com.google.gson.JsonPrimitive;
import gkreport.importer.Importer;
import gkreport.importer.ReportReader;
import gkreport.io.HeapLimit;
import gkreport.io.UnreadableFileException;
import gkreport.recognize.ReportDetector;
import gkreport.service.Analysis;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ExecuteCommandParams;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The commands the VS Code extension looks for in {@code executeCommandProvider.commands}:
 * <ul>
 *   <li>{@code gkreport.reportInfo} [document URI] → {@link ReportInfo};</li>
 *   <li>{@code gkreport.importDocx} [absolute path of a .docx, .html or .pdf] → its canonical text, or an
 *       error with the importer's message;</li>
 *   <li>{@code gkreport.checkFolder} [folder path] → {@link FolderCheck.Result}, diagnostics published per file;</li>
 *   <li>{@code gkreport.tableView} [document URI] → tables 二, 三 and 四 as grids with their sum relations ({@link TableView});</li>
 *   <li>{@code gkreport.isReport} [a document's text, or its first {@link ReportDetector#HEAD_CHARS} characters] →
 *       whether it is a report ({@link ReportDetector}), asked before the editor treats it as one.</li>
 * </ul>
 */
final class ServerCommands {
    static final String REPORT_INFO = "gkreport.reportInfo";
    static final String IMPORT_DOCX = "gkreport.importDocx";
    static final String CHECK_FOLDER = "gkreport.checkFolder";
    static final String IS_REPORT = "gkreport.isReport";
    static final String TABLE_VIEW = "gkreport.tableView";
    static final List<String> ALL = List.of(REPORT_INFO, IMPORT_DOCX, CHECK_FOLDER, IS_REPORT, TABLE_VIEW);

    private final AnalysisSession session;
    private final FolderCheck folderCheck;
    private volatile CheckedFolders checkedFolders = CheckedFolders.in(null);

    ServerCommands(AnalysisSession session, DiagnosticConverter converter) {
        this.session = session;
        this.folderCheck = new FolderCheck(session, converter);
    }

    Object execute(ExecuteCommandParams params, LanguageClient client, CancelChecker cancel) {
        String command = params.getCommand();
        String argument = argument(command, params.getArguments());
        return switch (command) {
            case REPORT_INFO -> reportInfo(argument);
            case IMPORT_DOCX -> importDocx(absolutePath(command, argument));
            case CHECK_FOLDER -> checkFolder(absolutePath(command, argument), client, cancel);
            case IS_REPORT -> ReportDetector.looksLikeReport(argument);
            case TABLE_VIEW -> tableView(argument);
            default -> throw error(ResponseErrorCode.InvalidParams, Message.of("lsp.command.unknown", command));
        };
    }

    private ReportInfo reportInfo(String uri) {
        return ReportInfo.of(analysis(uri, session.documents().get(uri)));
    }

    private JsonWithNulls tableView(String uri) {
        OpenDocument document = session.documents().get(uri);
        Analysis analysis = analysis(uri, document);
        Integer version = document == null ? null : document.version();
        return new JsonWithNulls(TableView.of(analysis.report(), session.messages(uri), uri, version));
    }

    /** The analysis of the editor's version, or of the file on disk when it is not open. */
    private Analysis analysis(String uri, OpenDocument document) {
        if (document != null) return session.analysis(document);
        Path file = FileUris.path(uri).filter(Files::isRegularFile)
                .orElseThrow(() -> error(ResponseErrorCode.InvalidParams, Message.of("lsp.command.notOpen", uri)));
        try {
            return session.analyze(uri, ReportReader.read(file).text());
        } catch (UnreadableFileException e) {
            throw error(ResponseErrorCode.RequestFailed, Message.of("lsp.log.unreadable", file, e.reason()));
        } catch (OutOfMemoryError e) {
            throw error(ResponseErrorCode.RequestFailed, Message.of("lsp.log.unreadable", file, HeapLimit.fileTooLarge()));
        }
    }

    private String importDocx(Path file) {
        try {
            return Importer.canonicalText(file);
        } catch (UnreadableFileException e) {
            throw error(ResponseErrorCode.RequestFailed, Message.of("lsp.log.unreadable", file, e.reason()));
        }
    }

    private FolderCheck.Result checkFolder(Path folder, LanguageClient client, CancelChecker cancel) {
        if (!Files.isDirectory(folder)) throw error(ResponseErrorCode.InvalidParams, Message.of("lsp.command.notFolder", folder));
        try {
            FolderCheck.Result result = folderCheck.run(folder, client, cancel);
            checkedFolders.add(folder);
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the folders checked are remembered: set at initialize, before any command can run. */
    void rememberIn(CheckedFolders folders) {
        checkedFolders = folders;
    }

    /**
     * The folders checked before this server started, remembered where the editor keeps the
     * workspace's state: checked again, so that their findings are back after a restart.
     */
    void recheckRemembered(LanguageClient client) {
        for (Path folder : checkedFolders.all()) {
            try {
                folderCheck.run(folder, client, () -> { });
            } catch (IOException | RuntimeException e) {
                String text = session.messages(FileUris.uri(folder)).render(Message.of("lsp.log.recheckFailed", folder, String.valueOf(e)));
                client.logMessage(new MessageParams(MessageType.Warning, text));
            }
        }
    }

    /** The one string argument the command takes. */
    private String argument(String command, List<Object> arguments) {
        Optional<String> value = arguments == null || arguments.isEmpty() ? Optional.empty() : text(arguments.get(0));
        return value.orElseThrow(() -> error(ResponseErrorCode.InvalidParams, Message.of("lsp.command.argument", command)));
    }

    private Path absolutePath(String command, String argument) {
        Path path = Path.of(argument);
        if (!path.isAbsolute()) throw error(ResponseErrorCode.InvalidParams, Message.of("lsp.command.notAbsolute", command, argument));
        return path.normalize();
    }

    private static Optional<String> text(Object argument) {
        if (argument instanceof String s) return Optional.of(s);
        if (argument instanceof JsonPrimitive p && p.isString()) return Optional.of(p.getAsString());
        return Optional.empty();
    }

    /** An error response in the editor's language (Chinese unless it asks for English). */
    private ResponseErrorException error(ResponseErrorCode code, Message message) {
        String language = session.settings().editor().layer().language();
        return new ResponseErrorException(new ResponseError(code, Messages.forLanguage(language).render(message), null));
    }
}

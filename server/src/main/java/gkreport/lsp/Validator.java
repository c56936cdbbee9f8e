package gkreport.lsp;

import gkreport.service.Analysis;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * Publishes each document's diagnostics: debounced after the last change, for the version it was
 * scheduled for only (a newer version cancels the pending run and a result that turns stale is
 * dropped), all on one thread so that publishing and clearing never overtake each other. A rule
 * that throws is logged to the client and the other rules' findings are still published. The
 * cross-year findings come with the others, and the reports of the year after are validated again.
 * A document too large for the heap gets one diagnostic that says so, and the server stays up.
 */
public final class Validator {
    private final AnalysisSession session;
    private final CrossYearFindings crossYear;
    private final DiagnosticConverter converter;
    private final ScheduledExecutorService executor;
    private final LanguageClient client;
    private final Map<String, Future<?>> pending = new ConcurrentHashMap<>();

    Validator(AnalysisSession session, CrossYearFindings crossYear, DiagnosticConverter converter,
                     ScheduledExecutorService executor, LanguageClient client) {
        this.session = session;
        this.crossYear = crossYear;
        this.converter = converter;
        this.executor = executor;
        this.client = client;
    }

    /** Validates the document's current version after the delay, replacing a run still pending. */
    public void schedule(String uri, long delayMs) {
        OpenDocument document = session.documents().get(uri);
        if (document == null) return;
        int version = document.version();
        pending.compute(uri, (key, previous) -> {
            if (previous != null) previous.cancel(false);
            return executor.schedule(() -> validate(uri, version), delayMs, TimeUnit.MILLISECONDS);
        });
    }

    public void scheduleAll(long delayMs) {
        for (OpenDocument document : session.documents().all()) schedule(document.uri(), delayMs);
    }

    /** Cancels what is pending for a closed document and clears its diagnostics. */
    public void clear(String uri) {
        cancel(uri);
        executor.execute(() -> client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of())));
    }

    public void cancelAll() {
        pending.keySet().forEach(this::cancel);
    }

    private void cancel(String uri) {
        Future<?> previous = pending.remove(uri);
        if (previous != null) previous.cancel(false);
    }

    /** The one diagnostic of a document too large for the heap, on its first line: why, and how to give more memory. */
    private void publishTooLarge(String uri, int version, String message) {
        Diagnostic tooLarge = new Diagnostic(new Range(new Position(0, 0), new Position(0, 1)), message, DiagnosticSeverity.Error,
                DiagnosticConverter.SOURCE);
        client.publishDiagnostics(new PublishDiagnosticsParams(uri, List.of(tooLarge), version));
    }

    private void validate(String uri, int version) {
        try {
            OpenDocument document = session.documents().get(uri);
            if (document == null || document.version() != version) return;
            Analysis analysis = session.analysis(document);
            analysis = analysis.plus(crossYear.of(document, analysis.report()));
            if (!session.documents().isCurrent(uri, version)) return;
            Messages messages = session.messages(document);
            for (Analysis.RuleFailure failure : analysis.failedRules()) {
                String text = messages.render(Message.of("lsp.log.ruleFailed", failure.rule().id(), uri, String.valueOf(failure.error())));
                client.logMessage(new MessageParams(MessageType.Error, text));
            }
            client.publishDiagnostics(new PublishDiagnosticsParams(uri, converter.diagnostics(analysis, messages, uri), version));
            // The open reports of the year after are checked against this one: check them again with it.
            for (String next : crossYear.nextYearsOf(analysis.report())) schedule(next, 0);
        } catch (DocumentTooLargeException e) {
            publishTooLarge(uri, version, e.getMessage());
        } catch (RuntimeException e) {
            client.logMessage(new MessageParams(MessageType.Error, "gkreport: validating " + uri + " failed: " + e));
        } catch (OutOfMemoryError e) {
            FatalErrors.outOfMemory(e);
        }
    }
}

package gkreport.lsp;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ApplyWorkspaceEditParams;
import org.eclipse.lsp4j.ApplyWorkspaceEditResponse;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/** A client that records what the server sends and lets a test wait for it. */
public final class RecordingClient implements LanguageClient {
    private final List<PublishDiagnosticsParams> diagnostics = new ArrayList<>();
    private final List<MessageParams> logs = new ArrayList<>();
    private final List<RegistrationParams> registrations = new ArrayList<>();

    @Override
    public synchronized void publishDiagnostics(PublishDiagnosticsParams params) {
        diagnostics.add(params);
        notifyAll();
    }

    @Override
    public synchronized void logMessage(MessageParams message) {
        logs.add(message);
        notifyAll();
    }

    @Override
    public synchronized CompletableFuture<Void> registerCapability(RegistrationParams params) {
        registrations.add(params);
        notifyAll();
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public void telemetryEvent(Object object) {
    }

    @Override
    public void showMessage(MessageParams messageParams) {
    }

    @Override
    public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
        return CompletableFuture.completedFuture(null);
    }

    @Override
    public CompletableFuture<ApplyWorkspaceEditResponse> applyEdit(ApplyWorkspaceEditParams params) {
        return CompletableFuture.completedFuture(new ApplyWorkspaceEditResponse(false));
    }

    /** The first diagnostics published for the URI, from the given index on, that satisfy the condition. */
    public synchronized PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> condition,
                                                                  Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int seen = 0;
        while (true) {
            for (; seen < diagnostics.size(); seen++) {
                PublishDiagnosticsParams p = diagnostics.get(seen);
                if (p.getUri().equals(uri) && condition.test(p)) return p;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("no matching diagnostics for " + uri + " within " + timeout + "; got " + published(uri));
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized PublishDiagnosticsParams awaitVersion(String uri, int version, Duration timeout) throws InterruptedException {
        return awaitDiagnostics(uri, p -> p.getVersion() != null && p.getVersion() == version, timeout);
    }

    public synchronized MessageParams awaitLog(Predicate<MessageParams> condition, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (MessageParams m : logs) if (condition.test(m)) return m;
            long left = deadline - System.nanoTime();
            if (left <= 0) throw new AssertionError("no matching log message within " + timeout + "; got " + logs);
            wait(Math.max(1, left / 1_000_000));
        }
    }

    public synchronized List<PublishDiagnosticsParams> published(String uri) {
        return diagnostics.stream().filter(p -> p.getUri().equals(uri)).toList();
    }

    public synchronized List<RegistrationParams> registrations() {
        return List.copyOf(registrations);
    }
}

package gkreport.lsp;

import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Ends the server when the editor that started it has died without saying so: polls the
 * {@code processId} given in {@code initialize}.
 */
public final class ParentProcessWatcher {
    public static final long DEFAULT_PERIOD_MS = 3000;

    private ParentProcessWatcher() {
    }

    public static void watch(long pid, ScheduledExecutorService executor, long periodMs, Runnable onDeath) {
        executor.scheduleWithFixedDelay(() -> {
            if (!isAlive(pid)) onDeath.run();
        }, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    static boolean isAlive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }
}

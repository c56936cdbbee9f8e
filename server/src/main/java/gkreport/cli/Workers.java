package gkreport.cli;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The threads a check runs on: one per core, daemons, so that an error on the main thread ends the run. */
final class Workers {
    private Workers() {
    }

    static int count() {
        return Runtime.getRuntime().availableProcessors();
    }

    static ExecutorService start() {
        AtomicInteger n = new AtomicInteger();
        return Executors.newFixedThreadPool(count(), task -> {
            Thread t = new Thread(task, "gkreport-check-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** How many files are checked ahead of the one printed: enough to keep every worker busy. */
    static int window() {
        return 4 * count();
    }
}

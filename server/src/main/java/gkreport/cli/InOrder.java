package gkreport.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.Function;

/** Maps a list on worker threads and gives the results in the list's order. */
final class InOrder {
    private InOrder() {
    }

    static <T, R> List<R> map(List<T> items, Function<T, R> f, ExecutorService workers) {
        List<Future<R>> futures = new ArrayList<>(items.size());
        for (T item : items) futures.add(workers.submit(() -> f.apply(item)));
        List<R> results = new ArrayList<>(items.size());
        for (Future<R> future : futures) results.add(join(future));
        return results;
    }

    /** The task's result; what it threw is thrown again, unchecked. */
    static <R> R join(Future<R> future) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            if (e.getCause() instanceof Error err) throw err;
            throw new IllegalStateException(e.getCause());
        }
    }
}

package gkreport.lsp;

/**
 * The server's answer to running out of memory outside a document's analysis (which is caught: the
 * document is too large, {@link DocumentTooLargeException}): stop at once, with a line on standard
 * error, so the editor restarts a healthy server instead of talking to one that half works. Clients
 * must not pass {@code -XX:+ExitOnOutOfMemoryError}: the JVM would end at the first
 * OutOfMemoryError, caught or not, and say so on standard output, the protocol's stream.
 */
public final class FatalErrors {
    public static final int OUT_OF_MEMORY_EXIT_CODE = 3;

    private FatalErrors() {
    }

    /** Makes an OutOfMemoryError on any thread end the process. */
    public static void install() {
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, error) -> {
            if (isOutOfMemory(error)) outOfMemory(error);
            else if (previous != null) previous.uncaughtException(thread, error);
            else error.printStackTrace();
        });
    }

    public static boolean isOutOfMemory(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof OutOfMemoryError) return true;
        }
        return false;
    }

    public static void outOfMemory(Throwable error) {
        try {
            System.err.println("gkreport: out of memory, exiting: " + error.getMessage());
        } finally {
            Runtime.getRuntime().halt(OUT_OF_MEMORY_EXIT_CODE);
        }
    }
}

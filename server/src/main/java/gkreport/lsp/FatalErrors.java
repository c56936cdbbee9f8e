package gkreport.lsp;

/**
 * The server's answer to running out of memory: stop at once (clients pass
 * {@code -XX:+ExitOnOutOfMemoryError} too), so the editor restarts a healthy server instead of
 * talking to one that half works.
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

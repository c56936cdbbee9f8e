package gkreport.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;

/** Connects a server to a client over two streams (stdio in production, pipes in tests). */
public final class ServerLauncher {
    private ServerLauncher() {
    }

    public static Launcher<LanguageClient> create(GkreportLanguageServer server, InputStream in, OutputStream out) {
        Launcher<LanguageClient> launcher = new LSPLauncher.Builder<LanguageClient>()
                .setLocalService(server)
                .setRemoteInterface(LanguageClient.class)
                .setInput(new ResyncingFrames(in, problem -> System.err.println("gkreport: " + problem)))
                .setOutput(out)
                .setExceptionHandler(ServerLauncher::responseError)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /**
     * A request that failed becomes an error response, except when memory ran out: then the server
     * ends. Parameters missing or of the wrong shape (what a handler trips over first) answer
     * InvalidParams; anything else InternalError; both with a one-line message and no stack trace,
     * which goes to standard error.
     */
    static ResponseError responseError(Throwable error) {
        if (FatalErrors.isOutOfMemory(error)) FatalErrors.outOfMemory(error);
        Throwable cause = unwrap(error);
        if (cause instanceof ResponseErrorException e) return e.getResponseError();
        cause.printStackTrace();
        String detail = cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        boolean badParams = cause instanceof NullPointerException || cause instanceof IllegalArgumentException
                || cause instanceof ClassCastException || cause instanceof IndexOutOfBoundsException;
        return badParams
                ? new ResponseError(ResponseErrorCode.InvalidParams, "gkreport: invalid or missing parameters (" + detail + ")", null)
                : new ResponseError(ResponseErrorCode.InternalError, "gkreport: the request failed (" + detail + ")", null);
    }

    private static Throwable unwrap(Throwable error) {
        Throwable t = error;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof InvocationTargetException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}

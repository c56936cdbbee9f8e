package gkreport.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.RemoteEndpoint;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
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
                .setInput(in)
                .setOutput(out)
                .setExceptionHandler(ServerLauncher::responseError)
                .create();
        server.connect(launcher.getRemoteProxy());
        return launcher;
    }

    /** A request that failed becomes an error response, except when memory ran out: then the server ends. */
    private static ResponseError responseError(Throwable error) {
        if (FatalErrors.isOutOfMemory(error)) FatalErrors.outOfMemory(error);
        return RemoteEndpoint.DEFAULT_EXCEPTION_HANDLER.apply(error);
    }
}

package gkreport.lsp;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * The server's state per the LSP lifecycle: requests before {@code initialize} fail with
 * ServerNotInitialized, requests after {@code shutdown} with InvalidRequest, and notifications
 * outside the running state are dropped; {@code exit} ends the process with 0 after a shutdown, else 1.
 */
public final class Lifecycle {
    private enum State { STARTING, RUNNING, SHUT_DOWN }

    private volatile State state = State.STARTING;

    public synchronized void initialize() {
        if (state != State.STARTING) throw error(ResponseErrorCode.InvalidRequest, "initialize was already received");
        state = State.RUNNING;
    }

    public synchronized void shutdown() {
        checkRunning();
        state = State.SHUT_DOWN;
    }

    /** For requests: throws the error the protocol prescribes when the server is not running. */
    public void checkRunning() {
        State s = state;
        if (s == State.STARTING) throw error(ResponseErrorCode.ServerNotInitialized, "the server is not initialized");
        if (s == State.SHUT_DOWN) throw error(ResponseErrorCode.InvalidRequest, "the server is shut down");
    }

    /** For notifications, which are dropped when the server is not running. */
    public boolean isRunning() {
        return state == State.RUNNING;
    }

    public int exitCode() {
        return state == State.SHUT_DOWN ? 0 : 1;
    }

    private static ResponseErrorException error(ResponseErrorCode code, String message) {
        return new ResponseErrorException(new ResponseError(code, message, null));
    }
}

package gkreport.lsp;

import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;

/**
 * An open document whose analysis does not fit in the server's heap: its validation publishes the
 * message as its one diagnostic, a request on it answers as on a closed document or fails with
 * the message, and the server stays up.
 */
public final class DocumentTooLargeException extends ResponseErrorException {
    DocumentTooLargeException(String message) {
        super(new ResponseError(ResponseErrorCode.RequestFailed, message, null));
    }
}

package gkreport.io;

import gkreport.text.Message;

/** A file that cannot be read as a report, with the reason in the user's language. */
public final class UnreadableFileException extends Exception {
    private final transient Message reason;

    public UnreadableFileException(Message reason) {
        super(reason.key());
        this.reason = reason;
    }

    public Message reason() {
        return reason;
    }
}

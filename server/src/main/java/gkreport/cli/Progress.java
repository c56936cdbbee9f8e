package gkreport.cli;

import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;

/**
 * How far a long run has come, on standard error: on a terminal one line rewritten in place (at
 * most a few times a second); otherwise, so that a log is not flooded, a line every {@value #EVERY} files.
 */
final class Progress {
    static final int EVERY = 500;
    private static final long REDRAW_NANOS = 200_000_000L;

    private final PrintWriter err;
    private final Messages messages;
    private final int total;
    private final boolean terminal;
    private int done;
    private long drawn;

    Progress(PrintWriter err, Messages messages, int total, boolean terminal) {
        this.err = err;
        this.messages = messages;
        this.total = total;
        this.terminal = terminal;
    }

    /** On a terminal: Java tells only whether the process has one (System.console), not which streams it has. */
    static boolean onTerminal() {
        return System.console() != null;
    }

    void step() {
        done++;
        if (terminal) {
            long now = System.nanoTime();
            if (done < total && now - drawn < REDRAW_NANOS) return;
            drawn = now;
            err.print("\r" + line());
            if (done == total) err.println();
            err.flush();
        } else if (done % EVERY == 0 && done < total) {
            err.println(line());
        }
    }

    private String line() {
        return messages.render(Message.of("review.progress", done, total));
    }
}

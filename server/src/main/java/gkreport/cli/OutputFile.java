package gkreport.cli;

import gkreport.io.AtomicWriter;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where {@code import} and {@code new} put their text: standard output, or a file written atomically. */
final class OutputFile {
    private OutputFile() {
    }

    /** Writes the text; returns the exit code. An existing file is kept unless force is set. */
    static int write(String text, Path target, boolean force, Messages messages, PrintWriter out, PrintWriter err) {
        if (target == null) {
            out.print(text);
            out.flush();
            return ExitCodes.CLEAN;
        }
        if (Files.exists(target) && !force) {
            err.println(messages.render(Message.of("cli.exists", target)));
            return ExitCodes.UNREADABLE;
        }
        try {
            AtomicWriter.write(target, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(messages.render(Message.of("cli.unreadable", target, Message.of("file.writeError", String.valueOf(e.getMessage())))));
            return ExitCodes.UNREADABLE;
        }
        err.println(messages.render(Message.of("import.written", target)));
        return ExitCodes.CLEAN;
    }
}

package gkreport.cli;

import gkreport.io.AtomicWriter;
import gkreport.io.IoFailure;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The options {@code import} and {@code new} share, and where they put their text: standard
 * output, or a file written atomically.
 */
final class OutputOptions {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入此文件（默认输出到标准输出） / write to this file (default: standard output)")
    Path output;

    @Option(names = "--force", description = "覆盖已有的文件 / overwrite an existing file")
    boolean force;

    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class, description = "zh | en (default: ${DEFAULT-VALUE})")
    String lang;

    Messages messages() {
        return Messages.forLanguage(lang);
    }

    /** Writes the text to -o, or to standard output; returns the exit code. */
    int write(String text, PrintWriter out, PrintWriter err) {
        if (output == null) {
            out.print(text);
            out.flush();
            return ExitCodes.CLEAN;
        }
        return writeTo(output, text, err);
    }

    /** Writes the text to the file, its folders made as needed; an existing file is kept unless --force is given. */
    int writeTo(Path file, String text, PrintWriter err) {
        if (Files.exists(file) && !force) {
            err.println(messages().render(Message.of("cli.exists", file)));
            return ExitCodes.UNREADABLE;
        }
        try {
            AtomicWriter.write(file, text.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(messages().render(Message.of("cli.outputUnwritable", file, IoFailure.reason(e))));
            return ExitCodes.UNREADABLE;
        }
        err.println(messages().render(Message.of("import.written", file)));
        return ExitCodes.CLEAN;
    }
}

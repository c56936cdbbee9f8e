package gkreport.cli;

import gkreport.importer.Importer;
import gkreport.importer.InputKind;
import gkreport.io.DecodedText;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * A file's text as {@code check} reads it: a text file decoded, a .docx or .html converted.
 * Conversions run one at a time, whatever the number of workers: a web page's tree or a .docx's
 * XML takes most of the memory a check needs, and the importer's limits are set so that one
 * conversion of the largest file accepted fits in a small heap.
 */
final class FileText {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    private static final Object CONVERSION = new Object();

    private FileText() {
    }

    static DecodedText load(Path file, InputKind input) throws UnreadableFileException {
        if (!input.converted()) return read(file);
        synchronized (CONVERSION) {
            return new DecodedText(Importer.canonicalText(file), StandardCharsets.UTF_8, false);
        }
    }

    static DecodedText read(Path file) throws UnreadableFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(Message.of("file.tooLarge", String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
            }
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Message.of("file.notFound"));
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("file.ioError", String.valueOf(e.getMessage())));
        }
    }
}

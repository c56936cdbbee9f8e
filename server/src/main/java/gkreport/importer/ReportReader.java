package gkreport.importer;

import gkreport.io.DecodedText;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;

/** A report file's text as it is checked, by the CLI and the language server alike. */
public final class ReportReader {
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    private ReportReader() {
    }

    /** A text file decoded; a .docx or .html converted to the canonical text (as UTF-8 without BOM). */
    public static DecodedText read(Path file) throws UnreadableFileException {
        if (!InputKind.of(file).converted()) return readText(file);
        requireRegularFile(file);
        return new DecodedText(Importer.canonicalText(file), StandardCharsets.UTF_8, false);
    }

    /**
     * Refuses what is not a regular file (after links): a device such as /dev/zero never ends, a
     * named pipe may never deliver, a folder is no text.
     */
    private static void requireRegularFile(Path file) throws UnreadableFileException {
        if (Files.isRegularFile(file)) return;
        if (!Files.exists(file)) throw new UnreadableFileException(Message.of("file.notFound"));
        throw new UnreadableFileException(Message.of(Files.isDirectory(file) ? "file.isFolder" : "file.notRegular"));
    }

    /**
     * The bytes of a stream (standard input), read to its end but never more than one byte past
     * 20 MB: {@link #decode} refuses what is longer.
     */
    public static byte[] readStream(InputStream in) throws IOException {
        return in.readNBytes((int) MAX_FILE_BYTES + 1);
    }

    /**
     * A file's bytes in one array of the size it was said to have; the limit holds while reading
     * too, should the file have grown since (then {@link #decode} refuses what is too long).
     */
    private static byte[] readSized(InputStream in, int size) throws IOException {
        byte[] bytes = new byte[size];
        int read = in.readNBytes(bytes, 0, size);
        if (read < size) return Arrays.copyOf(bytes, read);
        byte[] more = in.readNBytes((int) MAX_FILE_BYTES + 1 - size);
        if (more.length == 0) return bytes;
        byte[] all = Arrays.copyOf(bytes, size + more.length);
        System.arraycopy(more, 0, all, size, more.length);
        return all;
    }

    /** Bytes read by {@link #readStream}, decoded; refused above 20 MB. */
    public static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length > MAX_FILE_BYTES) {
            throw new UnreadableFileException(Message.of("file.tooLarge", "> " + MAX_FILE_BYTES / (1024 * 1024),
                    String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
        }
        return TextDecoder.decode(bytes);
    }

    /** A text file decoded, with what is needed to write it back in its encoding; refused above 20 MB. */
    public static DecodedText readText(Path file) throws UnreadableFileException {
        requireRegularFile(file);
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(Message.of("file.tooLarge", String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
            }
            try (InputStream in = Files.newInputStream(file)) {
                return decode(readSized(in, (int) size));
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Message.of("file.notFound"));
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("file.ioError", String.valueOf(e.getMessage())));
        }
    }
}

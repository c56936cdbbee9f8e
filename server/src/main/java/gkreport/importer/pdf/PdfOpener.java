package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF for reading after a look at its ends: a file too large, one that does not start
 * with {@code %PDF-} (not a PDF, whatever its name) and one without {@code %%EOF} near its end (cut
 * short, as an interrupted download is) are refused with a reason before PDFBox parses anything.
 * The file is read from disk as needed, not loaded whole, with a bounded scratch buffer. A PDF
 * that needs a password to open is refused; one protected by an owner password only (against
 * printing or copying) opens, since reading it for a check is what every viewer does.
 */
final class PdfOpener {
    /** Where the header may stand: the specification allows junk before it within the first kilobyte. */
    private static final int HEADER_WINDOW = 1024;
    /** Where the last {@code %%EOF} must stand: some servers append a few bytes after it. */
    private static final int TRAILER_WINDOW = 4096;
    private static final long SCRATCH_BYTES = 16L * 1024 * 1024;

    private PdfOpener() {
    }

    static PDDocument open(Path file) throws UnreadableFileException, IOException {
        ImportLimits.checkSize(file, ImportLimits.MAX_PDF_BYTES);
        long size = Files.size(file);
        if (size == 0) throw new UnreadableFileException(Message.of("file.empty"));
        try (RandomAccessFile raw = new RandomAccessFile(file.toFile(), "r")) {
            if (!window(raw, 0, HEADER_WINDOW).contains("%PDF-")) throw new UnreadableFileException(Message.of("import.pdf.notPdf"));
            if (!window(raw, Math.max(0, size - TRAILER_WINDOW), TRAILER_WINDOW).contains("%%EOF")) {
                throw new UnreadableFileException(Message.of("import.pdf.truncated"));
            }
        }
        RandomAccessReadBufferedFile source = new RandomAccessReadBufferedFile(file.toFile());
        try {
            return Loader.loadPDF(source, "", null, null, MemoryUsageSetting.setupMainMemoryOnly(SCRATCH_BYTES).streamCache);
        } catch (InvalidPasswordException e) {
            source.close();
            throw new UnreadableFileException(Message.of("import.pdf.encrypted"));
        } catch (IOException | RuntimeException | Error e) {
            source.close();
            throw e;
        }
    }

    private static String window(RandomAccessFile file, long from, int length) throws IOException {
        byte[] bytes = new byte[(int) Math.min(length, file.length() - from)];
        file.seek(from);
        file.readFully(bytes);
        return new String(bytes, StandardCharsets.ISO_8859_1);
    }
}

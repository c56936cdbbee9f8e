package gkreport.importer;

import gkreport.format.CanonicalFormatter;
import gkreport.importer.pdf.PdfImporter;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.nio.file.Files;
import java.nio.file.Path;

/** Converts a .docx, .html or .pdf report to the canonical text form. */
public final class Importer {
    private Importer() {
    }

    /**
     * The canonical text of a .docx, .html or .pdf file; refuses other kinds and unreadable files with a
     * reason. A file within the limits of {@link ImportLimits} that still exhausts the heap or the
     * stack is refused too: what it built is garbage once refused, and the next file is read.
     */
    public static String canonicalText(Path file) throws UnreadableFileException {
        if (!Files.exists(file)) throw new UnreadableFileException(Message.of("file.notFound"));
        // One statement per step, so that no step's input outlives it: the largest file accepted is read in a small heap.
        String draft = CanonicalWriter.draft(imported(file));
        String text = CanonicalFormatter.format(draft);
        if (text.isBlank()) throw new UnreadableFileException(Message.of("import.noText"));
        return text;
    }

    private static ImportedDocument imported(Path file) throws UnreadableFileException {
        try {
            return switch (InputKind.of(file)) {
                case DOCX -> DocxImporter.read(file);
                case HTML -> HtmlImporter.read(file);
                case PDF -> PdfImporter.read(file);
                case TEXT -> throw new UnreadableFileException(Message.of("import.unsupported"));
            };
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw new UnreadableFileException(Message.of("import.tooComplex"));
        }
    }
}

package gkreport.importer.pdf;

import gkreport.importer.ImportedDocument;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Message;
import java.nio.file.Path;

/** Reads a report's PDF (its text layer, no OCR) into an {@link ImportedDocument}. */
public final class PdfImporter {
    private PdfImporter() {
    }

    public static ImportedDocument read(Path file) throws UnreadableFileException {
        throw new UnreadableFileException(Message.of("import.unsupported"));
    }
}

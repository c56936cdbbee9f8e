package gkreport.cli;

import gkreport.importer.InputKind;
import gkreport.importer.ReportReader;
import gkreport.io.DecodedText;
import gkreport.io.UnreadableFileException;
import java.nio.file.Path;

/**
 * A file's text as {@code check} reads it ({@link ReportReader}), with conversions one at a time
 * whatever the number of workers: a web page's tree or a .docx's XML takes most of the memory a
 * check needs, and the importer's limits are set so that one conversion of the largest file
 * accepted fits in a small heap.
 */
final class FileText {
    private static final Object CONVERSION = new Object();

    private FileText() {
    }

    static DecodedText load(Path file, InputKind input) throws UnreadableFileException {
        if (!input.converted()) return ReportReader.readText(file);
        synchronized (CONVERSION) {
            return ReportReader.read(file);
        }
    }
}

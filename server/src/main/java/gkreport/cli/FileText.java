package gkreport.cli;

import gkreport.importer.InputKind;
import gkreport.importer.ReportReader;
import gkreport.io.DecodedText;
import gkreport.io.HeapLimit;
import gkreport.io.UnreadableFileException;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

/**
 * A file's text as {@code check} reads it ({@link ReportReader}), and the rule the workers share
 * for it: text files are read and checked side by side, but a .docx or .html is converted and
 * checked with the process to itself. A web page's tree or a .docx's XML takes most of the memory
 * a check needs, and the importer's limits are set so that the largest file accepted fits in a
 * small heap when nothing else runs beside it. A file that does not fit in the heap is reported as
 * unreadable ({@link HeapLimit}), the others are still checked.
 */
final class FileText {
    private static final ReadWriteLock WORK = new ReentrantReadWriteLock();

    private FileText() {
    }

    static DecodedText load(CheckedFile file) throws UnreadableFileException {
        if (file.fromStdin()) return ReportReader.decode(file.stdin());
        return file.input().converted() ? ReportReader.read(file.file()) : ReportReader.readText(file.file());
    }

    /**
     * Does the work on a file: alone when the file is converted, beside other text files' work
     * otherwise. Work that runs out of memory beside others is done again alone; what still does not
     * fit gives {@code tooLarge}, and the next file is read.
     */
    static <T> T work(InputKind input, Supplier<T> work, Supplier<T> tooLarge) {
        if (!input.converted()) {
            try {
                return under(WORK.readLock(), work);
            } catch (OutOfMemoryError e) {
                // the files checked beside it may have held the memory it lacked
            }
        }
        try {
            return under(WORK.writeLock(), work);
        } catch (OutOfMemoryError e) {
            return tooLarge.get();
        }
    }

    private static <T> T under(Lock lock, Supplier<T> work) {
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}

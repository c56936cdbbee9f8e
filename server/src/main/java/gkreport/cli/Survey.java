package gkreport.cli;

import gkreport.io.AtomicWriter;
import gkreport.io.DecodedText;
import gkreport.io.HeapLimit;
import gkreport.io.IoFailure;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.recognize.ReportDetector;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.CrossYearKey;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.ReportSet;
import gkreport.text.Message;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.ExecutorService;

/**
 * The first pass of a check over several files, or of {@code --fix}: what must be known of every
 * file before the first is printed, kept to a few dozen bytes a file. Whether it can be read
 * (SARIF lists the files it could not read before any result), the fixes written to it (the
 * second pass checks the fixed file), and its {@link CrossYearKey} (a file is printed with its
 * cross-year findings, so its pairs must be known first). The key needs only the title
 * ({@link ReportSet#key(String)}).
 */
final class Survey {
    /**
     * @param key        the file's cross-year key, or null (none, unreadable, or keys not asked for)
     * @param readError  why it could not be read, or null
     * @param writeError why its fixes could not be written, or null
     * @param fixed      how many fixes --fix applied to it
     * @param notice     a line for standard error, or null
     */
    record Entry(CrossYearKey key, Message readError, Message writeError, int fixed, Message notice) {
        static final Entry UNKNOWN = new Entry(null, null, null, 0, null);

        /** Why it could not be read or written, or null. */
        Message error() {
            return readError != null ? readError : writeError;
        }

        /** What went wrong with the file shown by this name, as one line. */
        Message problem(String shown) {
            return Message.of(readError != null ? "cli.unreadable" : "cli.notWritten", shown, error());
        }
    }

    private final Analyzer analyzer;
    private final boolean fix;
    private final boolean keys;

    /**
     * @param fix  apply the safe fixes and write the files
     * @param keys read each file's cross-year key
     */
    Survey(Analyzer analyzer, boolean fix, boolean keys) {
        this.analyzer = analyzer;
        this.fix = fix;
        this.keys = keys;
    }

    /** Each file's entry, in the files' order; the files are read on the workers. */
    List<Entry> run(List<CheckedFile> files, ExecutorService workers) {
        return InOrder.map(files, this::entry, workers);
    }

    private Entry entry(CheckedFile file) {
        return FileText.work(file.input(), () -> surveyed(file), () -> new Entry(null, HeapLimit.fileTooLarge(), null, 0, null));
    }

    private Entry surveyed(CheckedFile file) {
        DecodedText decoded;
        try {
            decoded = FileText.load(file);
        } catch (UnreadableFileException e) {
            return new Entry(null, e.reason(), null, 0, null);
        }
        String text = decoded.text();
        int fixed = 0;
        Message error = null;
        Message notice = null;
        if (fix && file.input().converted()) {
            notice = Message.of("cli.fixConverted", file.shown());
        } else if (fix && (!file.walked() || ReportDetector.looksLikeReport(text))) {
            // A file a folder walk found that is no report (a README) is left alone, as the check skips it.
            Fixer.Result result = new Fixer(analyzer).fixAll(text, file.settings(), Finding::fixable);
            if (result.applied() > 0) {
                try {
                    AtomicWriter.write(file.file(), TextDecoder.encode(decoded, result.text()));
                    text = result.text();
                    fixed = result.applied();
                } catch (IOException e) {
                    error = IoFailure.reason(e);
                }
            }
        }
        CrossYearKey key = keys ? ReportSet.key(text).orElse(null) : null;
        return new Entry(key, null, error, fixed, notice);
    }
}

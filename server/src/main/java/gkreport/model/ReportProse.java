package gkreport.model;

import java.util.List;
import java.util.function.Supplier;

/**
 * A report's prose as sentences, read from its text the first time a rule asks and kept with the
 * report: what only formats or imports a report (a web page of megabytes, in a small heap) never
 * reads it.
 */
public final class ReportProse {
    private final Supplier<List<Sentence>> reader;
    private volatile List<Sentence> sentences;

    /** @param reader reads the sentences; called once */
    public ReportProse(Supplier<List<Sentence>> reader) {
        this.reader = reader;
    }

    public List<Sentence> sentences() {
        List<Sentence> read = sentences;
        if (read != null) return read;
        synchronized (this) {
            if (sentences == null) sentences = List.copyOf(reader.get());
            return sentences;
        }
    }
}

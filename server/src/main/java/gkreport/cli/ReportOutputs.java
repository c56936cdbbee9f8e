package gkreport.cli;

import gkreport.io.AtomicWriter;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The reports of one check, each in its format and place: one sink per {@link OutputSpec},
 * written as the files come; a report for a file is written whole when the check ends (atomically,
 * so that a half-written SARIF never reaches an upload).
 */
final class ReportOutputs implements ReportSink, AutoCloseable {
    private final List<ReportSink> sinks = new ArrayList<>();
    private final List<PrintWriter> writers = new ArrayList<>();
    private final List<AtomicWriter.Pending> files = new ArrayList<>();

    /** A report file that could not be written (its folder made, or the file put in place). */
    static final class Unwritable extends IOException {
        final Path file;

        Unwritable(Path file, IOException cause) {
            super(String.valueOf(cause.getMessage()), cause);
            this.file = file;
        }
    }

    ReportOutputs(List<OutputSpec> specs, Messages messages, PrintWriter stdout, boolean verbose) throws Unwritable {
        for (OutputSpec spec : specs) {
            PrintWriter out = stdout;
            if (spec.file != null) {
                AtomicWriter.Pending pending = start(spec.file);
                files.add(pending);
                out = new PrintWriter(new OutputStreamWriter(pending.stream(), StandardCharsets.UTF_8));
            }
            writers.add(out);
            sinks.add(sink(spec.format, messages, out, verbose));
        }
    }

    /** A report file is begun in a hidden file beside it, its folders made as needed. */
    private static AtomicWriter.Pending start(Path file) throws Unwritable {
        try {
            return AtomicWriter.start(file);
        } catch (IOException e) {
            throw new Unwritable(file, e);
        }
    }

    private static ReportSink sink(CheckCommand.Format format, Messages messages, PrintWriter out, boolean verbose) {
        return switch (format) {
            case json -> new JsonFormat(out);
            case sarif -> new SarifFormat(messages, out);
            case github -> new GithubFormat(messages, out, verbose);
            case junit -> new JunitFormat(out);
            case text -> new TextFormat(messages, out, verbose);
        };
    }

    @Override
    public void begin(List<CheckedFile> checked, List<Survey.Entry> survey) {
        sinks.forEach(s -> s.begin(checked, survey));
    }

    @Override
    public void file(int index, FileReport report) {
        sinks.forEach(s -> s.file(index, report));
    }

    @Override
    public void end(Tally tally) {
        sinks.forEach(s -> s.end(tally));
        writers.forEach(PrintWriter::flush);
    }

    /** Puts each report written to a file in its place. */
    void commit() throws Unwritable {
        for (int i = 0; i < files.size(); i++) {
            try {
                files.get(i).commit();
            } catch (IOException e) {
                throw new Unwritable(files.get(i).target(), e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        for (AtomicWriter.Pending f : files) f.close();
    }
}

package gkreport.cli;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.text.Count;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.util.List;

/**
 * Human-readable output: 「path:line:column: 错误 rule-id: message」, related places indented below
 * (a relation's operand cells only when verbose: a sum over twenty cells would bury the finding).
 */
final class TextFormat implements ReportSink {
    private final Messages messages;
    private final PrintWriter out;
    private final boolean verbose;

    TextFormat(Messages messages, PrintWriter out, boolean verbose) {
        this.messages = messages;
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void file(int index, FileReport r) {
        Messages m = r.messages();
        if (r.error() != null) out.println(m.render(r.problem()));
        if (r.fixed() > 0) out.println(m.render(Message.of("cli.fixed", Count.of(r.fixed()), r.path())));
        if (!r.readable()) return;
        SourceText source = r.analysis().report().source();
        if (r.input().converted() && !r.analysis().findings().isEmpty()) {
            out.println(m.render(Message.of("cli.convertedNote", r.path())));
        }
        for (Finding f : r.analysis().findings()) {
            StringBuilder line = new StringBuilder()
                    .append(Messages.oneLine(r.path())).append(':').append(position(source, f.range().start())).append(": ")
                    .append(m.text("severity." + f.severity().id())).append(' ')
                    .append(f.rule().id()).append(": ")
                    .append(r.message(f));
            if (f.fixable() && !r.input().converted()) line.append(" [").append(m.text("cli.fixable")).append(']');
            out.println(line);
            for (Related rel : shown(f, verbose)) out.println("    " + where(r, rel, source) + ": " + m.render(rel.message()));
        }
    }

    @Override
    public void end(Tally tally) {
        out.println(Summary.line(tally, messages));
    }

    /** The related places terse output lists: all but operand cells, which only verbose output lists. */
    static List<Related> shown(Finding f, boolean verbose) {
        return verbose ? f.related() : f.related().stream().filter(rel -> !rel.isOperand()).toList();
    }

    /** 「path:line:column」 of a related place, in the finding's file or in another. */
    static String where(FileReport r, Related rel, SourceText own) {
        String file = rel.location() != null ? rel.location() : r.path();
        return Messages.oneLine(file) + ":" + position(rel.sourceOr(own), rel.range().start());
    }

    /** 1-based line and code-point column. */
    static String position(SourceText source, int offset) {
        return (source.lineOf(offset) + 1) + ":" + source.codePointColumn(offset);
    }
}

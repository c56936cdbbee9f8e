package gkreport.cli;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import gkreport.rules.Related;
import java.io.PrintWriter;

/** Human-readable output: 「path:line:column: 错误 rule-id: message」, related places indented below. */
final class TextFormat implements ReportSink {
    private final Messages messages;
    private final PrintWriter out;

    TextFormat(Messages messages, PrintWriter out) {
        this.messages = messages;
        this.out = out;
    }

    @Override
    public void file(int index, FileReport r) {
        Messages m = r.messages();
        if (r.error() != null) out.println(m.render(Message.of("cli.unreadable", r.path(), r.error())));
        if (r.fixed() > 0) out.println(m.render(Message.of("cli.fixed", String.valueOf(r.fixed()), r.path())));
        if (!r.readable()) return;
        SourceText source = r.analysis().report().source();
        if (r.input().converted() && !r.analysis().findings().isEmpty()) {
            out.println(m.render(Message.of("cli.convertedNote", r.path())));
        }
        for (Finding f : r.analysis().findings()) {
            StringBuilder line = new StringBuilder()
                    .append(r.path()).append(':').append(position(source, f.range().start())).append(": ")
                    .append(m.text("severity." + f.severity().id())).append(' ')
                    .append(f.rule().id()).append(": ")
                    .append(r.message(f));
            if (f.fixable() && !r.input().converted()) line.append(" [").append(m.text("cli.fixable")).append(']');
            out.println(line);
            for (Related rel : f.related()) {
                String file = rel.location() != null ? rel.location() : r.path();
                String where = file + ":" + position(rel.sourceOr(source), rel.range().start());
                out.println("    " + where + ": " + m.render(rel.message()));
            }
        }
    }

    @Override
    public void end(Tally tally) {
        out.println(Summary.line(tally, messages));
    }

    /** 1-based line and code-point column. */
    static String position(SourceText source, int offset) {
        return (source.lineOf(offset) + 1) + ":" + source.codePointColumn(offset);
    }
}

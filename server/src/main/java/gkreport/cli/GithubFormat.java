package gkreport.cli;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.rules.Related;
import gkreport.rules.Severity;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * GitHub Actions workflow commands, one per finding, which GitHub shows as annotations:
 * {@code ::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message}. Values are
 * escaped as the runner expects: {@code %}, CR and LF everywhere, and {@code :} and {@code ,}
 * in properties too. Related places go into the message, as the text format lists them. The summary
 * follows as a plain line.
 */
final class GithubFormat implements ReportSink {
    private final Messages messages;
    private final PrintWriter out;
    private final boolean verbose;

    GithubFormat(Messages messages, PrintWriter out, boolean verbose) {
        this.messages = messages;
        this.out = out;
        this.verbose = verbose;
    }

    @Override
    public void file(int index, FileReport r) {
        if (r.error() != null) {
            Map<String, String> props = new LinkedHashMap<>();
            props.put("file", r.path());
            props.put("title", "gkreport");
            out.println(command("error", props, r.messages().render(r.problem())));
        }
        if (!r.readable()) return;
        SourceText source = r.analysis().report().source();
        for (Finding f : r.analysis().findings()) out.println(annotation(r, f, source, verbose));
    }

    @Override
    public void end(Tally tally) {
        out.println(Summary.line(tally, messages));
    }

    private static String annotation(FileReport r, Finding f, SourceText source, boolean verbose) {
        int line = source.lineOf(f.range().start()) + 1;
        int col = source.codePointColumn(f.range().start());
        int endLine = source.lineOf(f.range().end()) + 1;
        int endCol = source.codePointColumn(f.range().end());
        Map<String, String> props = new LinkedHashMap<>();
        props.put("file", r.path());
        props.put("line", String.valueOf(line));
        props.put("col", String.valueOf(col));
        props.put("endLine", String.valueOf(endLine));
        // GitHub's end column is the last column of the range; ours points past it.
        if (endLine == line) props.put("endColumn", String.valueOf(Math.max(col, endCol - 1)));
        props.put("title", f.rule().id());
        StringBuilder message = new StringBuilder(r.message(f));
        for (Related rel : TextFormat.shown(f, verbose)) {
            message.append('\n').append(TextFormat.where(r, rel, source)).append(": ").append(r.messages().render(rel.message()));
        }
        return command(level(f.severity()), props, message.toString());
    }

    static String command(String name, Map<String, String> props, String message) {
        StringBuilder b = new StringBuilder("::").append(name);
        String sep = " ";
        for (Map.Entry<String, String> p : props.entrySet()) {
            b.append(sep).append(p.getKey()).append('=').append(escapeProperty(p.getValue()));
            sep = ",";
        }
        return b.append("::").append(escapeData(message)).toString();
    }

    static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "notice";
        };
    }
}

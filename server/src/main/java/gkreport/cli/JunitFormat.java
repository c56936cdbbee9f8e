package gkreport.cli;

import gkreport.grammar.SourceText;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * JUnit XML for CI dashboards: one {@code <testsuite>} per file, one {@code <testcase>} per rule
 * (class name the file, name the rule id), failed when the rule found an error there; its warnings
 * and infos are the case's output. A file that could not be read is one case with an
 * {@code <error>}. Each suite is written as its file is checked, so memory holds one file's.
 */
final class JunitFormat implements ReportSink {
    private final PrintWriter out;

    JunitFormat(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void begin(List<CheckedFile> files, List<Survey.Entry> survey) {
        out.println("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        out.println("<testsuites name=\"gkreport\">");
    }

    @Override
    public void file(int index, FileReport r) {
        String path = escape(r.path());
        Messages messages = r.messages();
        if (!r.readable()) {
            out.printf("  <testsuite name=\"%s\" tests=\"1\" failures=\"0\" errors=\"1\">%n", path);
            out.printf("    <testcase classname=\"%s\" name=\"read\"><error message=\"%s\"/></testcase>%n", path,
                    escape(messages.render(r.problem())));
            out.println("  </testsuite>");
            return;
        }
        Map<RuleId, List<Finding>> byRule = new EnumMap<>(RuleId.class);
        for (RuleId id : RuleId.values()) byRule.put(id, new ArrayList<>());
        for (Finding f : r.analysis().findings()) byRule.get(f.rule()).add(f);
        long failures = byRule.values().stream().filter(JunitFormat::hasError).count();
        out.printf("  <testsuite name=\"%s\" tests=\"%d\" failures=\"%d\" errors=\"0\">%n", path, byRule.size(), failures);
        SourceText source = r.analysis().report().source();
        byRule.forEach((rule, findings) -> testcase(r, rule, findings, source));
        out.println("  </testsuite>");
    }

    @Override
    public void end(Tally tally) {
        out.println("</testsuites>");
        out.flush();
    }

    private void testcase(FileReport r, RuleId rule, List<Finding> findings, SourceText source) {
        String path = escape(r.path());
        if (findings.isEmpty()) {
            out.printf("    <testcase classname=\"%s\" name=\"%s\"/>%n", path, rule.id());
            return;
        }
        List<String> lines = findings.stream().map(f -> line(r, f, source)).toList();
        out.printf("    <testcase classname=\"%s\" name=\"%s\">%n", path, rule.id());
        if (hasError(findings)) {
            List<String> errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).map(f -> line(r, f, source)).toList();
            out.printf("      <failure message=\"%s\" type=\"error\">%s</failure>%n", escape(errors.get(0)), escape(String.join("\n", errors)));
        }
        out.printf("      <system-out>%s</system-out>%n", escape(String.join("\n", lines)));
        out.println("    </testcase>");
    }

    /** 「path:line:column: 错误 message」, as the text format writes a finding. */
    private static String line(FileReport r, Finding f, SourceText source) {
        int line = source.lineOf(f.range().start()) + 1;
        int column = source.codePointColumn(f.range().start());
        return r.path() + ":" + line + ":" + column + ": " + r.messages().text("severity." + f.severity().id()) + " " + r.message(f);
    }

    private static boolean hasError(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.severity() == Severity.ERROR);
    }

    /** XML text and attribute escaping; characters XML 1.0 forbids become U+FFFD. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&apos;");
                default -> b.append(c < 0x20 && c != '\n' && c != '\r' && c != '\t' || c == 0xFFFE || c == 0xFFFF ? '\uFFFD' : c);
            }
        }
        return b.toString();
    }
}

package gkreport.recognize;

import gkreport.model.Report;

/**
 * Whether a text is, or looks like, an annual report on government information disclosure — the one
 * answer folder walks ({@code check}, {@code fmt}) and editors ({@code gkreport.isReport}) share.
 *
 * <p>It is judged by the text's first lines ({@link #head}): not empty, not binary, and among them a part
 * the recognizer finds — the title (as {@link TitleReader} reads it, worded as {@link ReportTitle} says;
 * it stands in the first six lines), a heading of the six sections (the first stands on the first page),
 * or table 二, 三 or 四 read. A table's words standing unread are not enough: documentation quotes them
 * (the project's README lists the rules in a table that names 勾稽关系 and 表三). Nor is anything in a
 * Markdown code block, where documentation shows a report's lines; a report has none. A text that lost
 * its line structure counts when it names a 年度报告 (a web page copied onto one line). A README beside
 * the reports, a 说明 or an article has none of these.
 *
 * <p>An editor may send only the first {@link #HEAD_CHARS} characters of a large document and gets the
 * same answer.
 */
public final class ReportDetector {
    /** At most this many characters (UTF-16 code units) of a text are judged, cut at a line break. */
    public static final int HEAD_CHARS = 16 * 1024;
    private static final int HEAD_LINES = 100;
    /** One character in this many a control character or U+FFFD: a binary file read as text. */
    private static final int BINARY_SHARE = 20;

    private ReportDetector() {
    }

    /** Whether the text is a report by its first lines. */
    public static boolean looksLikeReport(String text) {
        String head = head(text);
        if (head.isBlank() || looksBinary(head)) return false;
        return hasReportPart(Recognizer.recognize(withoutCodeBlocks(head)));
    }

    private static boolean hasReportPart(Report report) {
        return report.title() != null || !report.sections().isEmpty()
                || report.table2() != null || report.table3() != null || report.table4() != null
                || report.structureless() && ReportTitle.namesReport(report.source().text());
    }

    /**
     * The first {@value #HEAD_LINES} lines, and no more than {@value #HEAD_CHARS} characters: a text that
     * long is cut after its last line break within them (a text of one long line, at the limit), whether it
     * was sent whole or already cut there.
     */
    static String head(String text) {
        int end = 0;
        for (int line = 0; line < HEAD_LINES; line++) {
            int next = text.indexOf('\n', end);
            if (next < 0 || next >= HEAD_CHARS) return text.length() < HEAD_CHARS ? text : text.substring(0, end > 0 ? end : HEAD_CHARS);
            end = next + 1;
        }
        return text.substring(0, end);
    }

    /** The text with every line of a fenced Markdown code block (``` or ~~~) emptied, line breaks kept. */
    static String withoutCodeBlocks(String text) {
        StringBuilder out = new StringBuilder(text.length());
        String fence = null;
        for (String line : text.split("(?<=\n)", -1)) {
            String stripped = line.strip();
            String mark = stripped.startsWith("```") ? "```" : stripped.startsWith("~~~") ? "~~~" : null;
            boolean inBlock = fence != null || mark != null;
            if (fence == null && mark != null) fence = mark;
            else if (fence != null && stripped.equals(fence)) fence = null;
            out.append(inBlock ? line.substring(line.stripTrailing().length()) : line);
        }
        return out.toString();
    }

    /** A NUL, or many control characters or undecodable ones: a binary file opened as text. */
    private static boolean looksBinary(String head) {
        int odd = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == 0) return true;
            boolean control = c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f' && c != 0x1B;
            if (control || c == '\uFFFD') odd++;
        }
        return odd > head.length() / BINARY_SHARE;
    }
}

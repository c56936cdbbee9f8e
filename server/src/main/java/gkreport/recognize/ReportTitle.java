package gkreport.recognize;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a report's title says — the one definition the recognizer's {@link TitleReader}, the importer
 * and {@link ReportDetector} share: one short line, no sentence, that names the annual report of the
 * disclosure work: 「…政府信息公开工作年度报告」, 「…信息公开年度报告」, 「…政务公开工作年度报告」,
 * 「…政府信息公开年度工作报告」, and ends there — but for a few characters (the close of a web page's
 * wrapper 「关于印发《…年度报告》的通知」, the template's 「…年度报告格式模板」) or a note in brackets
 * (「（全文）」). A side bar's 「年度报告」, a
 * paragraph that mentions the report (「…编制本年度报告。」) and a line that goes on about it
 * (「Checks 政府信息公开工作年度报告 (annual reports on government information disclosure)」, a README's)
 * are no title.
 */
public final class ReportTitle {
    /** The longest title seen is some 40 characters; a line twice that is a paragraph. */
    public static final int MAX_LENGTH = 80;
    private static final Pattern WORDING = Pattern.compile("(?:信息|政务)公开.{0,8}年度(?:工作)?报告");
    /** What may follow the report's name: a few characters (「》的通知」, 「格式模板」, Markdown emphasis), a note in brackets; no Latin words. */
    private static final Pattern TAIL = Pattern.compile("[^A-Za-z（）()]{0,8}(?:[（(][^A-Za-z（）()]{0,16}[）)])?[*_\\s]*");

    private ReportTitle() {
    }

    /** Whether the text (a title broken over two lines joined) is a report's title. */
    public static boolean isTitle(String text) {
        if (isSentence(text)) return false;
        Matcher m = WORDING.matcher(text);
        while (m.find()) {
            if (TAIL.matcher(text).region(m.end(), text.length()).matches()) return true;
        }
        return false;
    }

    /** A line that may hold a title or its second half: it names a 年度报告. */
    static boolean namesReport(String text) {
        return text.contains("年度报告") || text.contains("年度工作报告");
    }

    /** Too long for a title, or a sentence: a paragraph, however much it names. */
    static boolean isSentence(String text) {
        return text.length() > MAX_LENGTH || text.contains("。");
    }
}

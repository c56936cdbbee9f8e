package gkreport.importer;

import java.util.regex.Pattern;

/**
 * Tells a report's title from other text that names a 年度报告, such as a side bar's heading
 * 「年度报告」: it names the disclosure work, 「…政府信息公开工作年度报告」, 「…信息公开工作年度报告」
 * or 「…政务公开工作年度报告」, and is one short line.
 */
final class ReportTitle {
    static final int MAX_LENGTH = 80;
    private static final Pattern TITLE = Pattern.compile("(?:信息|政务)公开.{0,8}年度(?:工作)?报告");

    private ReportTitle() {
    }

    static boolean looksLike(String text) {
        return text.length() <= MAX_LENGTH && TITLE.matcher(text).find();
    }
}

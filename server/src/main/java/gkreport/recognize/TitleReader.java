package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Title;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the title among the first lines: the line naming a 年度报告. A title broken over two lines
 * (「…2020年」/「政府信息公开工作年度报告」, 「2024 年上海市科委…」/「年度报告」) is joined, and an agency
 * written on the line above a title that starts with the year (「洪泽区人民政府」/「2023 年…年度报告」)
 * is taken as the title's agency, as is one named after the year (「2024年上海市科委政府信息公开…」).
 * 「年度报告」 alone on a line (a web page's side bar) is no title.
 */
final class TitleReader {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern AGENCY_LINE = Pattern.compile(".{2,30}(?:政府|局|委员会|委|办公室|办公厅|办事处|厅|院|中心|署|处|所)$");
    private static final int LINES_TO_SEARCH = 6;
    /** A web page's title that announces the report: 「关于印发《某县2023年…年度报告》的通知」. */
    private static final Pattern WRAPPER = Pattern.compile("^.*[《〈]");
    /** The longest title seen is some 40 characters; a line twice that is a paragraph. */
    private static final int MAX_TITLE_LENGTH = 80;

    private TitleReader() {
    }

    static Title read(List<Block> blocks, String source) {
        TextLine previous = null;
        int seen = 0;
        for (Block block : blocks) {
            if (!(block instanceof TextLine line)) break;
            if (++seen > LINES_TO_SEARCH) break;
            String text = content(line, source);
            if (isSentence(text)) {
                previous = line;
                continue;
            }
            if (text.contains("年度报告") || text.contains("年度工作报告")) {
                boolean adjacent = previous != null && previous.line() == line.line() - 1;
                boolean split = adjacent && !YEAR.matcher(text).find() && YEAR.matcher(content(previous, source)).find();
                if (!split && isBareName(text)) {
                    previous = line;
                    continue;
                }
                TextLine first = split ? previous : line;
                String joined = split ? content(previous, source) + text : text;
                TextLine above = split ? null : adjacent ? previous : null;
                return title(first.contentRange().union(line.contentRange()), joined, first, above, source);
            }
            previous = line;
        }
        return null;
    }

    /** Where the blocks {@link #read} looks at end: past the last text line it may read, or the first block that is none. */
    static int extent(List<Block> blocks) {
        int seen = 0;
        int end = 0;
        for (Block block : blocks) {
            end = block.range().end();
            if (!(block instanceof TextLine) || ++seen > LINES_TO_SEARCH) break;
        }
        return end;
    }

    private static Title title(TextRange range, String text, TextLine first, TextLine above, String source) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) return new Title(range, text, null, null, null);
        int year = Integer.parseInt(m.group(1));
        String agency = WRAPPER.matcher(text.substring(0, m.start())).replaceFirst("").strip();
        if (agency.isEmpty()) agency = agencyAfterYear(text.substring(m.end()));
        if (agency.isEmpty() && above != null && AGENCY_LINE.matcher(content(above, source)).matches()) {
            agency = content(above, source);
        }
        // The year stands in the first line of a title broken over two lines.
        int start = first.contentRange().start();
        TextRange yearRange = start + m.end(1) <= first.contentRange().end()
                ? new TextRange(start + m.start(1), start + m.end(1)) : range;
        return new Title(range, text, agency.isEmpty() ? null : agency, year, yearRange);
    }

    /** 「2024年上海市科委政府信息公开工作年度报告」 names its agency after the year. */
    private static String agencyAfterYear(String rest) {
        int end = rest.indexOf("政府信息公开");
        return end > 0 ? rest.substring(0, end).strip() : "";
    }

    /**
     * A paragraph that mentions the report (「根据《条例》…编制本年度报告。」), as a web page
     * without a title line opens: no title, however much it names.
     */
    private static boolean isSentence(String text) {
        return text.length() > MAX_TITLE_LENGTH || text.contains("。");
    }

    /** 「年度报告」 alone, as a web page's side bar names its list of reports: no title. */
    private static boolean isBareName(String text) {
        return text.equals("年度报告") || text.equals("年度工作报告");
    }

    private static String content(TextLine line, String source) {
        return source.substring(line.contentRange().start(), line.contentRange().end()).strip();
    }
}

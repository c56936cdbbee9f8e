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
 * What counts as a title's wording is {@link ReportTitle}'s: 「年度报告」 alone on a line (a web page's side
 * bar) is no title.
 */
final class TitleReader {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final Pattern AGENCY_LINE = Pattern.compile(".{2,30}(?:政府|局|委员会|委|办公室|办公厅|办事处|厅|院|中心|署|处|所)$");
    private static final int LINES_TO_SEARCH = 6;
    /** A web page's title that announces the report: 「关于印发《某县2023年…年度报告》的通知」. */
    private static final Pattern WRAPPER = Pattern.compile("^.*[《〈]");

    private TitleReader() {
    }

    static Title read(List<Block> blocks, String source) {
        TextLine previous = null;
        int seen = 0;
        for (Block block : blocks) {
            if (!(block instanceof TextLine line)) break;
            if (++seen > LINES_TO_SEARCH) break;
            String text = content(line, source);
            if (!ReportTitle.isSentence(text) && ReportTitle.namesReport(text)) {
                boolean adjacent = previous != null && previous.line() == line.line() - 1;
                boolean split = adjacent && !YEAR.matcher(text).find() && YEAR.matcher(content(previous, source)).find();
                String joined = split ? content(previous, source) + text : text;
                if (!ReportTitle.isTitle(joined)) {
                    previous = line;
                    continue;
                }
                TextLine first = split ? previous : line;
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

    private static String content(TextLine line, String source) {
        return source.substring(line.contentRange().start(), line.contentRange().end()).strip();
    }
}

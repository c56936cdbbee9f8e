package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Title;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the title among the first lines: the line naming a 年度报告, joined with the line before when split. */
final class TitleReader {
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})\\s*年");
    private static final int LINES_TO_SEARCH = 6;

    private TitleReader() {
    }

    static Title read(List<Block> blocks, String source) {
        TextLine previous = null;
        int seen = 0;
        for (Block block : blocks) {
            if (!(block instanceof TextLine line)) break;
            if (++seen > LINES_TO_SEARCH) break;
            String text = source.substring(line.contentRange().start(), line.contentRange().end());
            if (text.contains("年度报告") || text.contains("年度工作报告")) {
                boolean splitTitle = previous != null && !YEAR.matcher(text).find() && previous.text().strip().endsWith("年");
                TextLine first = splitTitle ? previous : line;
                TextRange range = first.contentRange().union(line.contentRange());
                String joined = splitTitle ? source.substring(first.contentRange().start(), first.contentRange().end()) + text : text;
                return title(range, joined, first);
            }
            previous = line;
        }
        return null;
    }

    private static Title title(TextRange range, String text, TextLine first) {
        Matcher m = YEAR.matcher(text);
        if (!m.find()) return new Title(range, text, null, null, null);
        int year = Integer.parseInt(m.group(1));
        String agency = text.substring(0, m.start()).strip();
        // A title split over two lines is indexed from the first line's content.
        TextRange yearRange = first.contentRange().start() + m.end(1) <= first.contentRange().end()
                ? new TextRange(first.contentRange().start() + m.start(1), first.contentRange().start() + m.end(1))
                : range;
        return new Title(range, text, agency.isEmpty() ? null : agency, year, yearRange);
    }
}

package gkreport.rules.years;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A line after the title holding only a date: the signature date at the end, or the publication date
 * under the title. Either is the day the report was issued, in the year after the one it covers.
 *
 * @param date  the date
 * @param text  the line as written, stripped
 * @param range the date's line
 */
public record DatedLine(CalendarDate date, String text, TextRange range) {
    public static List<DatedLine> find(Report report) {
        int titleEnd = report.title() == null ? 0 : report.title().range().end();
        String source = report.source().text();
        List<DatedLine> out = new ArrayList<>();
        for (Block block : report.document().blocks()) {
            if (!(block instanceof TextLine line) || line.range().start() < titleEnd) continue;
            TextRange content = line.contentRange();
            String text = source.substring(content.start(), content.end()).strip();
            Optional<CalendarDate> date = DateLine.parse(text);
            date.ifPresent(d -> out.add(new DatedLine(d, text, content)));
        }
        return out;
    }
}

package gkreport.recognize;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.Spaces;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.CalendarDate;
import gkreport.model.DatedLine;
import gkreport.model.Title;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line that holds a date and nothing else: the report's signature date or its publication date
 * under the title, in Arabic (「2021年1月13日」) or Chinese numerals (「二〇二一年一月十三日」),
 * optionally in brackets.
 */
public final class DateLine {
    private static final Pattern ARABIC = Pattern.compile("((?:19|20)\\d{2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern CHINESE = Pattern.compile("([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日");
    private static final Pattern BRACKETS = Pattern.compile("^[（(]\\s*(.*?)\\s*[）)]$");

    private DateLine() {
    }

    /** The lines after the title that hold only a date, in written order. */
    static List<DatedLine> find(Document document, Title title) {
        int titleEnd = title == null ? 0 : title.range().end();
        String source = document.source().text();
        List<DatedLine> out = new ArrayList<>();
        for (Block block : document.blocks()) {
            if (!(block instanceof TextLine line) || line.range().start() < titleEnd) continue;
            TextRange content = line.contentRange();
            String text = source.substring(content.start(), content.end()).strip();
            parse(text).ifPresent(d -> out.add(new DatedLine(d, text, content)));
        }
        return List.copyOf(out);
    }

    public static Optional<CalendarDate> parse(String line) {
        String s = Spaces.strip(line);
        Matcher bracketed = BRACKETS.matcher(s);
        if (bracketed.matches()) s = bracketed.group(1);
        Matcher m = ARABIC.matcher(s);
        if (m.matches()) {
            return Optional.of(new CalendarDate(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        }
        m = CHINESE.matcher(s);
        if (!m.matches()) return Optional.empty();
        int year = 0;
        for (char c : m.group(1).toCharArray()) year = year * 10 + "〇一二三四五六七八九".indexOf(c == '零' ? '〇' : c);
        int month = ChineseNumerals.value(m.group(2));
        int day = ChineseNumerals.value(m.group(3));
        if (month < 1 || day < 1) return Optional.empty();
        return Optional.of(new CalendarDate(year, month, day));
    }
}

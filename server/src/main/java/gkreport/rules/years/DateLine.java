package gkreport.rules.years;

import gkreport.grammar.InlineReader;
import gkreport.rules.debris.Debris;
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

    public static Optional<CalendarDate> parse(String line) {
        String s = Debris.strip(line);
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
        int month = InlineReader.chineseNumberValue(m.group(2));
        int day = InlineReader.chineseNumberValue(m.group(3));
        if (month < 1 || day < 1) return Optional.empty();
        return Optional.of(new CalendarDate(year, month, day));
    }
}

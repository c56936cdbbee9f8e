package gkreport.rules.years;

import gkreport.grammar.TextRange;
import gkreport.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The period the statistics cover, as the report states it: 「统计期限自2020年1月1日起至2020年12月31日止」,
 * 「统计周期为2024年1月1日至12月31日」.
 *
 * @param text      the period as written, normalised
 * @param startYear the year it starts in
 * @param endYear   the year it ends in, or null when the end names no year
 * @param range     where it is written
 */
public record StatisticsPeriod(String text, int startYear, Integer endYear, TextRange range) {
    private static final Pattern PERIOD = Pattern.compile(
            "(?<y1>(?:19|20)\\d{2})年\\d{1,2}月\\d{1,2}日(?:起)?(?:至|到|—|－|-|~|～)(?:(?<y2>(?:19|20)\\d{2})年)?\\d{1,2}月\\d{1,2}日(?:止)?");

    /** The periods stated in sentences that speak of 统计. */
    public static List<StatisticsPeriod> find(List<Sentence> sentences) {
        List<StatisticsPeriod> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (!s.text().contains("统计")) continue;
            Matcher m = PERIOD.matcher(s.text());
            while (m.find()) {
                Integer end = m.group("y2") == null ? null : Integer.valueOf(m.group("y2"));
                out.add(new StatisticsPeriod(m.group(), Integer.parseInt(m.group("y1")), end, s.prose().range(m.start(), m.end())));
            }
        }
        return out;
    }

    /** Whether the period lies in the given year. */
    public boolean within(int year) {
        return startYear == year && (endYear == null || endYear == year);
    }
}

package gkreport.rules.years;

import gkreport.grammar.TextRange;

/**
 * A place where the prose names the year it reports on.
 *
 * @param year  the year named
 * @param range where 「2020年」 or 「2021年度」 is written
 * @param kind  how it names it
 */
public record YearMention(int year, TextRange range, Kind kind) {
    public enum Kind {
        /** A sentence or clause opens with the year: 「2020年，我乡…」「2021年度创业乡通过…」「2020年以来」. */
        TOPIC,
        /** The report names itself: 「现将2020年政府信息公开工作情况报告如下」「现公布《…2020年度…报告》」. */
        SELF_REFERENCE
    }
}

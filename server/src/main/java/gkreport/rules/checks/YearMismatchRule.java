package gkreport.rules.checks;

import gkreport.grammar.TextRange;
import gkreport.model.Report;
import gkreport.rules.Findings;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.model.Sentence;
import gkreport.model.DatedLine;
import gkreport.rules.years.ReportingYears;
import gkreport.rules.years.StatisticsPeriod;
import gkreport.rules.years.TableNote;
import gkreport.rules.years.YearMention;
import gkreport.text.Count;
import gkreport.text.Message;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The years a report names agree with the year in its title: the statistics period lies in it, the
 * report is dated in the following year, the prose reports on it, and the notes in its tables
 * name it.
 *
 * <p>When the prose consistently reports on another year (two places or more, none naming the
 * title's), the title and the prose disagree as a whole: one finding at the title's year, the prose's
 * places related. Otherwise each place naming another year is a finding; a clause opening with the
 * next year is a plan and is accepted, and section 五 is not read (it plans and looks back).
 */
public final class YearMismatchRule implements Rule {
    private static final int CONSISTENT_PLACES = 2;
    private static final int QUOTED = 30;

    @Override
    public RuleId id() {
        return RuleId.YEAR_MISMATCH;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.year().isEmpty() || report.title().yearRange() == null) return;
        int year = report.year().get();
        Related titleYear = Related.here(report.title().yearRange(), Message.of("related.titleYear", year));
        List<Sentence> sentences = report.sentences();
        checkProse(ReportingYears.find(sentences, report.title().agency()), year, report.title().yearRange(), titleYear, out);
        for (StatisticsPeriod period : StatisticsPeriod.find(sentences)) {
            if (!period.within(year)) out.add(period.range(), Message.of("year.period", period.text(), year), List.of(titleYear), null);
        }
        for (DatedLine dated : report.datedLines()) {
            if (dated.date().year() != year + 1) {
                out.add(dated.range(), Message.of("year.dated", dated.text(), year, year + 1), List.of(titleYear), null);
            }
        }
        for (TableNote note : TableNote.find(report)) {
            if (note.years().contains(year)) continue;
            String years = note.years().stream().map(String::valueOf).collect(Collectors.joining("、"));
            out.add(note.range(), Message.of("year.tableNote", shortened(note.text()), years, year), List.of(titleYear), null);
        }
    }

    /** A long note cut for the message: its first {@value #QUOTED} characters, a number not cut in two, and 「…」. */
    private static String shortened(String text) {
        if (text.codePointCount(0, text.length()) <= QUOTED) return text;
        int end = text.offsetByCodePoints(0, QUOTED);
        while (end < text.length() && Character.isDigit(text.charAt(end))) end++;
        return end == text.length() ? text : text.substring(0, end) + "…";
    }

    private static void checkProse(List<YearMention> mentions, int year, TextRange titleYearRange, Related titleYear, Findings out) {
        List<YearMention> others = mentions.stream().filter(m -> m.year() != year).toList();
        boolean titleYearNamed = others.size() < mentions.size();
        List<Integer> otherYears = others.stream().map(YearMention::year).distinct().toList();
        if (!titleYearNamed && others.size() >= CONSISTENT_PLACES && otherYears.size() == 1) {
            int prose = otherYears.get(0);
            List<Related> places = others.stream()
                    .map(m -> Related.here(m.range(), Message.of("related.proseYear", prose))).toList();
            out.add(titleYearRange, Message.of("year.titleVsProse", year, prose, Count.of(others.size())), places, null);
            return;
        }
        for (YearMention m : others) {
            boolean plan = m.kind() == YearMention.Kind.TOPIC && m.year() == year + 1;
            if (!plan) out.add(m.range(), Message.of("year.prose", m.year(), year), List.of(titleYear), null);
        }
    }
}

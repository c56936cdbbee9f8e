package gkreport.rules.crossyear;

import gkreport.model.Report;
import gkreport.rules.Findings;
import gkreport.model.Sentence;
import gkreport.text.Message;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A report whose prose repeats most of last year's: at least {@value #MOST_PERCENT}% of its
 * sentences (of {@value #SHORTEST} characters or more, at least {@value #FEWEST} of them) are last
 * year's word for word once digits are masked, so that changed years and counts do not hide a copy.
 * Reports of one agency share some stock phrases (about a quarter, in the corpus); a copy shares
 * nearly all.
 */
final class RepeatedProseCheck {
    static final int MOST_PERCENT = 60;
    static final int SHORTEST = 15;
    static final int FEWEST = 8;
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private RepeatedProseCheck() {
    }

    static void check(ReportPair pair, Findings out) {
        Report now = pair.thisYear().report();
        if (now.title() == null || pair.lastYear().title().isEmpty()) return;
        List<String> sentences = masked(now);
        if (sentences.size() < FEWEST) return;
        Set<String> lastYears = pair.lastYear().sentences();
        long repeated = sentences.stream().filter(lastYears::contains).count();
        long percent = repeated * 100 / sentences.size();
        if (percent < MOST_PERCENT) return;
        Message msg = Message.of("plausibility.repeated", sentences.size(), repeated, percent, pair.lastYearNumber());
        out.add(now.title().range(), msg,
                List.of(pair.lastYear().title().get().related(Message.of("related.lastYearTitle", pair.lastYearNumber()))), null);
    }

    static List<String> masked(Report report) {
        return report.sentences().stream().map(Sentence::text)
                .map(t -> DIGITS.matcher(t).replaceAll("#"))
                .filter(t -> t.length() >= SHORTEST)
                .collect(Collectors.toList());
    }
}

package gkreport.rules.crossyear;

import gkreport.rules.Finding;
import gkreport.rules.Findings;
import gkreport.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a report against the same agency's reports of the year before. Pure: reports in,
 * findings out, no I/O. The faces reach it through {@link gkreport.service.ReportSet}, which
 * pairs the reports they hold.
 *
 * <p>Two reports pair when their {@link CrossYearKey}s do: the agency names in their titles are
 * equal once spaces and Markdown marks are removed, and their title years are consecutive. For
 * each pair the later report gets:
 * <ul>
 *   <li>{@code cross-year}: each column of 「二、上年结转政府信息公开申请数量」 that differs from last
 *       year's 「四、结转下年度继续办理」; in the 2021 format, a 现行有效件数 other than last year's
 *       + 本年制发 − 本年废止;</li>
 *   <li>{@code plausibility}: prose that repeats most of last year's.</li>
 * </ul>
 * Each finding stands in this year's report; last year's place is a {@link gkreport.rules.Related}
 * with last year's {@link AnalyzedReport#location()} and position, so that a client can show it as
 * a position in that file. Findings come at their rules' default severity; apply the user's
 * settings (severity, off) as for any other finding.
 */
public final class CrossYearCheck {
    private CrossYearCheck() {
    }

    /**
     * @param thisYear  a report
     * @param lastYears the same agency's reports of the year before (as their keys pair), in the order the caller holds them
     * @return the findings on this report, in position order
     */
    public static List<Finding> check(AnalyzedReport thisYear, List<LastYearReport> lastYears) {
        List<Finding> found = new ArrayList<>();
        for (LastYearReport lastYear : lastYears) {
            ReportPair pair = new ReportPair(lastYear, thisYear);
            Findings crossYear = new Findings(RuleId.CROSS_YEAR, thisYear.report().source());
            Findings plausibility = new Findings(RuleId.PLAUSIBILITY, thisYear.report().source());
            CarryOverCheck.check(pair, crossYear);
            StockCheck.check(pair, crossYear);
            RepeatedProseCheck.check(pair, plausibility);
            found.addAll(crossYear.list());
            found.addAll(plausibility.list());
        }
        found.sort(Finding.ORDER);
        return found;
    }
}

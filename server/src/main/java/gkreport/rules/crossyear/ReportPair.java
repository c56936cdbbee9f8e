package gkreport.rules.crossyear;

import gkreport.grammar.TextRange;
import gkreport.model.DataCell;
import gkreport.rules.Message;
import gkreport.rules.Related;

/**
 * The same agency's reports on two consecutive years.
 *
 * @param lastYear the report on the year before
 * @param thisYear the report the findings are on
 */
record ReportPair(AnalyzedReport lastYear, AnalyzedReport thisYear) {
    int lastYearNumber() {
        return lastYear.report().year().orElseThrow();
    }

    /** A place in last year's report, as related information of a finding on this year's. */
    Related inLastYear(TextRange range, Message message) {
        return Related.in(lastYear.location(), lastYear.report().source(), range, message);
    }

    Related inLastYear(DataCell cell, Message message) {
        return inLastYear(cell.range(), message);
    }
}

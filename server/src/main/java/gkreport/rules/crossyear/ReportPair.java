package gkreport.rules.crossyear;

/**
 * The same agency's reports on two consecutive years.
 *
 * @param lastYear what is kept of the report on the year before
 * @param thisYear the report the findings are on
 */
record ReportPair(LastYearReport lastYear, AnalyzedReport thisYear) {
    int lastYearNumber() {
        return lastYear.year();
    }
}

package gkreport.rules.crossyear;

import gkreport.model.Report;

/**
 * A report checked together with others.
 *
 * @param location where it comes from, as the caller names it (a path for the CLI, a URI for the
 *                 language server); findings on other reports point here
 * @param report   the recognised report
 */
public record AnalyzedReport(String location, Report report) {
}

package gkreport.review;

import java.util.List;

/**
 * A collapsible section per report with findings or that could not be read: its findings in words
 * with line and column, and a place the page's script draws its tables into when it is opened,
 * from the compact JSON all of them share ({@link SheetsJson}).
 */
final class ReportDetails {
    private ReportDetails() {
    }

    static void write(StringBuilder out, List<ReviewedReport> reports, Words words) {
        out.append("<section id=\"details\"><h2>").append(words.text("review.details")).append("</h2>\n<p class=\"note\">")
                .append(words.text("review.details.note")).append("</p>\n");
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).detailed()) report(out, i, reports.get(i), words);
        }
        out.append("</section>\n");
        sheets(out, reports);
    }

    private static void report(StringBuilder out, int index, ReviewedReport r, Words words) {
        out.append("<details id=\"r").append(index).append("\" data-i=\"").append(index).append("\"><summary><span class=\"path\">")
                .append(Html.escape(r.path())).append("</span> <span class=\"who\">").append(Html.escape(r.agency() == null ? "" : r.agency()))
                .append(r.year() == null ? "" : " " + r.year()).append("</span> ");
        int errors = r.count("error");
        int warnings = r.count("warning");
        if (errors > 0) out.append("<span class=\"badge error\">").append(errors).append(' ').append(words.text("review.col.errors")).append("</span> ");
        if (warnings > 0) out.append("<span class=\"badge warning\">").append(warnings).append(' ').append(words.text("review.col.warnings")).append("</span>");
        out.append("</summary>\n");
        if (r.unreadable() != null) out.append("<p class=\"unreadable\">").append(Html.escape(r.unreadable())).append("</p>\n");
        if (!r.findings().isEmpty()) {
            out.append("<ol class=\"findings\">\n");
            for (ReviewedReport.Line f : r.findings()) {
                out.append("<li class=\"").append(Html.escape(f.severity())).append("\"><span class=\"pos\">").append(f.line()).append(':')
                        .append(f.column()).append("</span> <span class=\"sev\">").append(words.text("severity." + f.severity()))
                        .append("</span> <code>").append(Html.escape(f.rule())).append("</code> ").append(Html.escape(f.message())).append("</li>\n");
            }
            out.append("</ol>\n");
        }
        if (r.sheets() != null) out.append("<div class=\"sheets\"></div>\n");
        out.append("</details>\n");
    }

    /** Every drawn report's tables, by the report's index, in one script element the page reads. */
    private static void sheets(StringBuilder out, List<ReviewedReport> reports) {
        out.append("<script type=\"application/json\" id=\"sheet-data\">{");
        boolean first = true;
        for (int i = 0; i < reports.size(); i++) {
            if (reports.get(i).sheets() == null) continue;
            if (!first) out.append(',');
            first = false;
            out.append('"').append(i).append("\":").append(reports.get(i).sheets());
        }
        out.append("}</script>\n");
    }
}

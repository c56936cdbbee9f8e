package gkreport.review;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The table of every report, with the controls that sort and filter it (the page's script): each
 * row carries its agency, year and rules in data attributes, each cell its sort value.
 */
final class ReportRows {
    private static final String[][] COLUMNS = {
        {"file", "text"}, {"agency", "text"}, {"year", "num"}, {"format", "text"}, {"errors", "num"}, {"warnings", "num"},
        {"unreadable", "text"},
    };

    private ReportRows() {
    }

    static void write(StringBuilder out, List<ReviewedReport> reports, Words words) {
        out.append("<section id=\"reports\"><h2>").append(words.text("review.reports")).append("</h2>\n");
        filters(out, reports, words);
        out.append("<table id=\"report-table\" class=\"reports\"><thead><tr>");
        for (String[] column : COLUMNS) {
            out.append("<th data-type=\"").append(column[1]).append("\" data-key=\"").append(column[0]).append("\" tabindex=\"0\">")
                    .append(words.text("review.col." + column[0])).append("</th>");
        }
        out.append("</tr></thead>\n<tbody>\n");
        for (int i = 0; i < reports.size(); i++) row(out, i, reports.get(i), words);
        out.append("</tbody></table></section>\n");
    }

    private static void filters(StringBuilder out, List<ReviewedReport> reports, Words words) {
        Set<Integer> years = new TreeSet<>();
        Set<String> rules = new TreeSet<>();
        for (ReviewedReport r : reports) {
            if (r.year() != null) years.add(r.year());
            r.findings().forEach(f -> rules.add(f.rule()));
        }
        String all = words.text("review.filter.all");
        out.append("<div class=\"filters\"><label>").append(words.text("review.filter.agency"))
                .append(" <input id=\"filter-agency\" type=\"search\"></label> <label>").append(words.text("review.filter.year"))
                .append(" <select id=\"filter-year\"><option value=\"\">").append(all).append("</option>");
        for (int year : years) out.append("<option>").append(year).append("</option>");
        out.append("</select></label> <label>").append(words.text("review.filter.rule")).append(" <select id=\"filter-rule\"><option value=\"\">")
                .append(all).append("</option>");
        for (String rule : rules) out.append("<option>").append(Html.escape(rule)).append("</option>");
        out.append("</select></label> <span id=\"shown\" data-total=\"").append(reports.size()).append("\" data-template=\"")
                .append(words.render("review.shown", "{0}", "{1}")).append("\"></span> <span class=\"hint\">")
                .append(words.text("review.sortHint")).append("</span></div>\n");
    }

    private static void row(StringBuilder out, int index, ReviewedReport r, Words words) {
        Set<String> rules = new TreeSet<>();
        r.findings().forEach(f -> rules.add(f.rule()));
        int errors = r.count("error");
        int warnings = r.count("warning");
        out.append("<tr data-agency=\"").append(Html.escape(r.agency() == null ? "" : r.agency()))
                .append("\" data-year=\"").append(r.year() == null ? "" : r.year())
                .append("\" data-rules=\"").append(Html.escape(String.join(" ", rules))).append("\">");
        out.append("<td data-v=\"").append(Html.escape(r.path())).append("\"><a class=\"src\" href=\"").append(Html.escape(r.href())).append("\">")
                .append(Html.escape(r.path())).append("</a>");
        if (r.detailed()) out.append(" <a class=\"open\" href=\"#r").append(index).append("\">").append(words.text("review.open")).append("</a>");
        out.append("</td>");
        cell(out, "", r.agency() == null ? "" : r.agency());
        cell(out, "n", r.year() == null ? "" : String.valueOf(r.year()));
        cell(out, "", r.template() == null ? "" : r.template());
        cell(out, errors > 0 ? "n err" : "n", String.valueOf(errors));
        cell(out, warnings > 0 ? "n warn" : "n", String.valueOf(warnings));
        cell(out, r.unreadable() == null ? "" : "err", r.unreadable() == null ? "" : r.unreadable());
        out.append("</tr>\n");
    }

    private static void cell(StringBuilder out, String cssClass, String value) {
        String v = Html.escape(value);
        out.append("<td");
        if (!cssClass.isEmpty()) out.append(" class=\"").append(cssClass).append('"');
        out.append(" data-v=\"").append(v).append("\">").append(v).append("</td>");
    }
}

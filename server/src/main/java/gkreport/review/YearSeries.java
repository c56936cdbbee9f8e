package gkreport.review;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Per agency with reports of two or more years, its main figures year by year ({@link Figures}),
 * with a break in the carry-over marked: this year's 上年结转 is not last year's 结转下年度. Agencies
 * are told apart as {@code cross-year} pairs reports; of two reports of one agency and year, the
 * first is shown.
 */
final class YearSeries {
    private static final Map<String, Function<Figures, BigDecimal>> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("received", Figures::received);
        COLUMNS.put("carriedOver", Figures::carriedOver);
        COLUMNS.put("disclosed", Figures::disclosed);
        COLUMNS.put("carriedForward", Figures::carriedForward);
        COLUMNS.put("reconsideration", Figures::reconsideration);
        COLUMNS.put("litigation", Figures::litigation);
    }

    private YearSeries() {
    }

    /** Each agency's reports by year, for the agencies with two years or more, in the order first met. */
    static List<TreeMap<Integer, ReviewedReport>> agencies(List<ReviewedReport> reports) {
        Map<String, TreeMap<Integer, ReviewedReport>> byAgency = new LinkedHashMap<>();
        for (ReviewedReport r : reports) {
            if (r.agencyKey() == null || r.year() == null) continue;
            byAgency.computeIfAbsent(r.agencyKey(), k -> new TreeMap<>()).putIfAbsent(r.year(), r);
        }
        List<TreeMap<Integer, ReviewedReport>> out = new ArrayList<>();
        byAgency.values().stream().filter(years -> years.size() > 1).forEach(out::add);
        return out;
    }

    static void write(StringBuilder out, List<ReviewedReport> reports, Words words) {
        out.append("<section id=\"series\"><h2>").append(words.text("review.series")).append("</h2>\n");
        List<TreeMap<Integer, ReviewedReport>> agencies = agencies(reports);
        if (agencies.isEmpty()) {
            out.append("<p class=\"none\">").append(words.text("review.series.none")).append("</p></section>\n");
            return;
        }
        out.append("<p class=\"note\">").append(words.text("review.series.note")).append("</p>\n<div class=\"series\">\n");
        for (TreeMap<Integer, ReviewedReport> years : agencies) agency(out, years, words);
        out.append("</div></section>\n");
    }

    private static void agency(StringBuilder out, TreeMap<Integer, ReviewedReport> years, Words words) {
        String name = years.lastEntry().getValue().agency();
        out.append("<table class=\"agency\" data-agency=\"").append(Html.escape(name)).append("\"><caption>").append(Html.escape(name))
                .append("</caption><thead><tr><th>").append(words.text("review.col.year")).append("</th>");
        for (String column : COLUMNS.keySet()) out.append("<th>").append(words.text("review.series." + column)).append("</th>");
        out.append("</tr></thead><tbody>");
        for (Map.Entry<Integer, ReviewedReport> year : years.entrySet()) {
            Figures figures = year.getValue().figures();
            ReviewedReport before = years.get(year.getKey() - 1);
            BigDecimal lastCarriedForward = before == null ? null : before.figures().carriedForward();
            out.append("<tr><th>").append(year.getKey()).append("</th>");
            for (Map.Entry<String, Function<Figures, BigDecimal>> column : COLUMNS.entrySet()) {
                BigDecimal value = column.getValue().apply(figures);
                boolean broken = column.getKey().equals("carriedOver") && value != null && lastCarriedForward != null
                        && value.compareTo(lastCarriedForward) != 0;
                if (broken) {
                    out.append("<td class=\"n break\" title=\"").append(words.render("review.series.break", lastCarriedForward.toPlainString()))
                            .append("\">").append(value.toPlainString()).append(" <small>≠ ").append(lastCarriedForward.toPlainString())
                            .append("</small></td>");
                } else {
                    out.append("<td class=\"n\">").append(value == null ? "—" : value.toPlainString()).append("</td>");
                }
            }
            out.append("</tr>");
        }
        out.append("</tbody></table>\n");
    }
}

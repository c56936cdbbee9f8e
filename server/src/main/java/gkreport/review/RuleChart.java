package gkreport.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** How many findings each rule gave over all reports, as bars (clicking one filters the table by it). */
final class RuleChart {
    private RuleChart() {
    }

    /** The findings per rule id, every severity counted. */
    static Map<String, Integer> counts(List<ReviewedReport> reports) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ReviewedReport r : reports) r.findings().forEach(f -> counts.merge(f.rule(), 1, Integer::sum));
        return counts;
    }

    static void write(StringBuilder out, List<ReviewedReport> reports, Words words) {
        out.append("<section id=\"rules\"><h2>").append(words.text("review.chart")).append("</h2>\n");
        Map<String, Integer> counts = counts(reports);
        if (counts.isEmpty()) out.append("<p class=\"none\">").append(words.text("review.chart.none")).append("</p>");
        List<Map.Entry<String, Integer>> bars = new ArrayList<>(counts.entrySet());
        bars.sort(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()));
        int most = bars.isEmpty() ? 1 : bars.get(0).getValue();
        out.append("<div class=\"chart\">\n");
        for (Map.Entry<String, Integer> bar : bars) {
            String rule = Html.escape(bar.getKey());
            double width = Math.max(0.5, 100.0 * bar.getValue() / most);
            out.append("<button type=\"button\" class=\"bar\" data-rule=\"").append(rule).append("\" data-count=\"").append(bar.getValue())
                    .append("\" title=\"").append(words.text("rule." + bar.getKey())).append("\"><span class=\"name\">").append(rule)
                    .append("</span><span class=\"track\"><span class=\"fill\" style=\"width:").append(String.format(java.util.Locale.ROOT, "%.1f", width))
                    .append("%\"></span></span><span class=\"count\">").append(bar.getValue()).append("</span></button>\n");
        }
        out.append("</div></section>\n");
    }
}

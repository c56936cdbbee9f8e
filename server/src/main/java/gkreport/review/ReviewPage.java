package gkreport.review;

import com.google.gson.Gson;
import com.google.gson.JsonObject;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The review page of a run over many reports, one self-contained HTML file: its style and script
 * inline, nothing fetched, so that it opens from disk. The table of every report, the findings per
 * rule, the year series per agency, and a section per report with findings ({@link ReportRows},
 * {@link RuleChart}, {@link YearSeries}, {@link ReportDetails}).
 */
public final class ReviewPage {
    private static final String STYLE = resource("review.css");
    private static final String SCRIPT = resource("review.js");
    private static final Gson GSON = new Gson();

    private ReviewPage() {
    }

    public static String html(List<ReviewedReport> reports, Messages messages) {
        Words words = new Words(messages);
        StringBuilder out = new StringBuilder(64 * 1024 + reports.size() * 1024);
        out.append("<!DOCTYPE html>\n<html lang=\"").append(words.language()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(words.text("review.title"))
                .append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n<header><h1>").append(words.text("review.title"))
                .append("</h1>\n<p class=\"summary\">").append(summary(reports, words)).append("</p></header>\n<main>\n");
        ReportRows.write(out, reports, words);
        RuleChart.write(out, reports, words);
        YearSeries.write(out, reports, words);
        ReportDetails.write(out, reports, words);
        out.append("</main>\n<script type=\"application/json\" id=\"words\">").append(GSON.toJson(scriptWords(messages)))
                .append("</script>\n<script>\n").append(SCRIPT).append("</script>\n</body>\n</html>\n");
        return out.toString();
    }

    private static String summary(List<ReviewedReport> reports, Words words) {
        int errors = 0;
        int warnings = 0;
        int unreadable = 0;
        for (ReviewedReport r : reports) {
            errors += r.count("error");
            warnings += r.count("warning");
            if (r.unreadable() != null) unreadable++;
        }
        return words.render("review.summary", reports.size(), errors, warnings, unreadable);
    }

    /** What the script writes itself, in the page's language. */
    private static JsonObject scriptWords(Messages messages) {
        JsonObject o = new JsonObject();
        for (String key : new String[] {"review.written", "review.computed", "review.table.unreadable", "review.table.missing"}) {
            o.addProperty(key.substring("review.".length()), messages.text(key));
        }
        return o;
    }

    private static String resource(String name) {
        try (InputStream in = ReviewPage.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

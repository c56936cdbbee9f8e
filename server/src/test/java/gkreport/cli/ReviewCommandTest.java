package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gkreport review}: the page it writes holds what {@code check} finds, for every report, safely. */
class ReviewCommandTest {
    private static final String SAMPLES = "../samples";
    private static final String CORPUS = "src/test/resources/corpus";
    private static final Pattern BAR = Pattern.compile("data-rule=\"([a-z-]+)\" data-count=\"(\\d+)\"");

    @TempDir
    Path dir;

    private String review(Path page, String... paths) throws IOException {
        String[] args = new String[paths.length + 3];
        args[0] = "review";
        args[1] = "-o";
        args[2] = page.toString();
        System.arraycopy(paths, 0, args, 3, paths.length);
        CliRun run = CliRun.of(args);
        CliRun check = CliRun.of(concat("check", paths));
        assertThat(run.exitCode()).as(run.err()).isEqualTo(check.exitCode());
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    private static String[] concat(String first, String... rest) {
        String[] out = new String[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }

    private static JsonObject checkJson(String... paths) {
        String[] args = new String[paths.length + 3];
        args[0] = "check";
        args[1] = "--format";
        args[2] = "json";
        System.arraycopy(paths, 0, args, 3, paths.length);
        return JsonParser.parseString(CliRun.of(args).out()).getAsJsonObject();
    }

    @Test
    void thePageHasARowForEveryReportAndCheckCountsPerRule() throws IOException {
        Path page = dir.resolve("nested/folder/review.html");
        String html = review(page, SAMPLES, CORPUS);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"zh-CN\">").contains("政府信息公开工作年度报告审阅");

        JsonObject check = checkJson(SAMPLES, CORPUS);
        Map<String, Integer> perRule = new TreeMap<>();
        int files = 0;
        for (JsonElement file : check.getAsJsonArray("files")) {
            files++;
            String path = file.getAsJsonObject().get("path").getAsString();
            assertThat(html).as("a row for %s", path).contains("<td data-v=\"" + path + "\">");
            for (JsonElement f : file.getAsJsonObject().getAsJsonArray("findings")) {
                perRule.merge(f.getAsJsonObject().get("rule").getAsString(), 1, Integer::sum);
            }
        }
        assertThat(files).isGreaterThanOrEqualTo(5 + 10);
        assertThat(count(html, "<tr data-agency=")).isEqualTo(files);
        Map<String, Integer> bars = new TreeMap<>();
        Matcher bar = BAR.matcher(html);
        while (bar.find()) bars.put(bar.group(1), Integer.parseInt(bar.group(2)));
        assertThat(bars).isEqualTo(perRule).containsKey("sum-relation");

        JsonObject summary = check.getAsJsonObject("summary");
        assertThat(html).contains("共 " + files + " 份报告：" + summary.get("errors").getAsInt() + " 个错误，"
                + summary.get("warnings").getAsInt() + " 个警告");
    }

    @Test
    void findingsAreWordedAsCheckWordsThemWithLineAndColumn() throws IOException {
        String sample = CORPUS + "/layout/hzq2023.txt"; // table 四's totals do not add up
        String html = review(dir.resolve("review.html"), sample);
        JsonObject file = checkJson(sample).getAsJsonArray("files").get(0).getAsJsonObject();
        assertThat(file.getAsJsonArray("findings")).isNotEmpty();
        for (JsonElement e : file.getAsJsonArray("findings")) {
            JsonObject f = e.getAsJsonObject();
            String escaped = f.get("message").getAsString().replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
            assertThat(html).contains("<span class=\"pos\">" + f.get("line").getAsInt() + ":" + f.get("column").getAsInt() + "</span>")
                    .contains("<code>" + f.get("rule").getAsString() + "</code> " + escaped);
        }
        // Its tables, drawn by the page's script from JSON: a broken total carries the value it should have.
        assertThat(html).contains("id=\"sheet-data\">{\"0\":[").containsPattern("\\{\"t\":\"\\d+\",\"x\":\"\\d+\",\"d\":\"");
    }

    @Test
    void theYearSeriesMarksABreakInTheCarryOver() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String text = Files.readString(Path.of(SAMPLES, "000_caca49cbca904796.txt"), StandardCharsets.UTF_8);
        Files.writeString(reports.resolve("2020.txt"), text, StandardCharsets.UTF_8);
        // The next year carries 3 over (自然人 and 总计), where the year before carried 0 forward.
        String next = text.replace("2020", "2021").replaceFirst("(二、上年结转政府信息公开申请数量\n\t\u00a0)0(\n(?:\t[^\n]*\n){5}\t)0", "$13$23");
        assertThat(next).isNotEqualTo(text.replace("2020", "2021"));
        Files.writeString(reports.resolve("2021.txt"), next, StandardCharsets.UTF_8);
        String html = review(dir.resolve("review.html"), reports.toString());
        assertThat(checkJson(reports.toString()).toString()).contains("\"rule\":\"cross-year\"");
        assertThat(html).contains("<caption>七里乡人民政府</caption>").contains("<tr><th>2020</th>")
                .containsPattern("<tr><th>2021</th><td class=\"n\">\\d+</td><td class=\"n break\" title=\"[^\"]+\">3 <small>≠ 0</small>");
        assertThat(count(html, "class=\"n break\"")).isEqualTo(1);
    }

    @Test
    void hostileTextInAReportIsShownAsText() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        String text = Files.readString(Path.of(SAMPLES, "000_caca49cbca904796.txt"), StandardCharsets.UTF_8)
                .replace("七里乡人民政府", "<script>alert(1)</script>乡")
                .replaceFirst("\\n", "\n\n<img src=x onerror=alert(2)>\n");
        Files.writeString(reports.resolve("<b>&\"x'.txt"), text, StandardCharsets.UTF_8);
        String html = review(dir.resolve("review.html"), reports.toString());
        assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x").doesNotContain("<b>&")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;乡")
                .contains("&lt;b&gt;&amp;&quot;x&#39;.txt");
        assertThat(count(html, "<script")).as("the page's own scripts only").isEqualTo(3);
    }

    @Test
    void linksLeadFromThePageToTheReports() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("年报/a b#1"));
        Files.copy(Path.of(SAMPLES, "001_12bbc16d07ceb1d3.txt"), reports.resolve("吴城 镇.txt"));
        Path page = dir.resolve("out/sub/review.html");
        String html = review(page, dir.resolve("年报").toString());
        Matcher href = Pattern.compile("<a class=\"src\" href=\"([^\"]+)\">").matcher(html);
        assertThat(href.find()).isTrue();
        assertThat(href.group(1)).isEqualTo("../../年报/a%20b%231/吴城%20镇.txt");
        Path target = page.getParent().resolve(java.net.URLDecoder.decode(href.group(1).replace("+", "%2B"), StandardCharsets.UTF_8));
        assertThat(target).exists();
    }

    @Test
    void englishOnRequest() throws IOException {
        Path page = dir.resolve("review.html");
        CliRun run = CliRun.of("review", "--lang", "en", "-o", page.toString(), SAMPLES + "/001_12bbc16d07ceb1d3.txt");
        assertThat(run.exitCode()).isEqualTo(1);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("<html lang=\"en\">").contains("Findings per rule").contains(">Errors</th>").doesNotContain("报告一览");
    }

    @Test
    void withoutAnOutputFileItRefusesWithItsUsage() {
        CliRun run = CliRun.of("review", SAMPLES);
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("-o FILE").contains("Usage: gkreport review");
    }

    @Test
    void noReportsAndUnreadableFilesExitTwoAndStillWriteThePage() throws IOException {
        Path page = dir.resolve("review.html");
        CliRun none = CliRun.of("review", "-o", page.toString(), Files.createDirectories(dir.resolve("empty")).toString());
        assertThat(none.exitCode()).isEqualTo(2);
        assertThat(page).exists();
        Path missing = dir.resolve("missing.txt");
        CliRun unreadable = CliRun.of("review", "-o", page.toString(), missing.toString(), SAMPLES + "/004_0edd787810d9c4bb.txt");
        assertThat(unreadable.exitCode()).isEqualTo(2);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(html).contains("missing.txt").contains("<p class=\"unreadable\">");
    }

    @Test
    void theFolderReviewedAgainLeavesThePageOut() throws IOException {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.copy(Path.of(SAMPLES, "004_0edd787810d9c4bb.txt"), reports.resolve("a.txt"));
        Path page = reports.resolve("review.html");
        assertThat(CliRun.of("review", "-o", page.toString(), reports.toString()).exitCode()).isZero();
        assertThat(CliRun.of("review", "-o", page.toString(), reports.toString()).exitCode()).isZero();
        assertThat(count(Files.readString(page, StandardCharsets.UTF_8), "<tr data-agency=")).isEqualTo(1);
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) n++;
        return n;
    }
}

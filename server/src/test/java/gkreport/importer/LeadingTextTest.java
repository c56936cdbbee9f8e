package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Html;
import gkreport.testkit.Samples;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class LeadingTextTest {
    static List<String> pages() {
        List<String> pages = new java.util.ArrayList<>(Samples.IDS.stream().map(id -> Html.page(Samples.text(id))).toList());
        pages.add("<body><div><b>某某</b>市<i>人民政府</i><p>2020年  政府信息\\n公开</p>工作<br>年度<span> 报告</span>"
                + "<ul><li>一</li><li>二</li></ul>尾 <table><tr><td>甲</td><td>乙</td></tr></table>　全角 空格</div></body>");
        pages.add("<body>\\n  <p>  </p>\\n<div>\\n<h1> 标题 </h1>\\n正文\\u00A0文字</div></body>");
        return pages;
    }

    @ParameterizedTest
    @MethodSource("pages")
    void givesTheBeginningOfWhatTextGivesAtEveryLength(String html) {
        Element body = Jsoup.parse(html).body();
        String whole = body.text();
        for (int length : new int[] {0, 1, 7, 40, 160, 1000, whole.length() + 5}) {
            assertThat(LeadingText.of(body, length)).as("length %d", length)
                    .isEqualTo(whole.substring(0, Math.min(length, whole.length())));
        }
    }

    @Test
    void stopsReadingOnceItHasEnough() {
        String page = "<body>" + "<p>本机关坚持以公开为常态。</p>".repeat(100_000) + "</body>";
        String leading = LeadingText.of(Jsoup.parse(page).body(), 160);
        assertThat(leading).hasSize(160).startsWith("本机关坚持以公开为常态。 本机关");
    }
}

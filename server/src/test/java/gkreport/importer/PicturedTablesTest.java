package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Check;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Web pages that publish the tables as pictures: each such table is said to be unreadable, never missing. */
class PicturedTablesTest {
    @TempDir
    Path dir;

    @Test
    void tablesPublishedAsImagesAreUnreadableWhereTheImagesStand() throws Exception {
        String page = "<html><head><title>某某镇人民政府2023年政府信息公开工作年度报告</title></head><body><div class=\"article\">"
                + "<p>一、总体情况</p><p>2023年，本镇认真贯彻《条例》。</p>"
                + "<p>二、主动公开政府信息情况</p><p><img src=\"/uploads/2024/01/t2.png\" alt=\"\"></p>"
                + "<p>三、收到和处理政府信息公开申请情况</p><p><img src=\"/uploads/2024/01/t3.jpg\"></p>"
                + "<p>四、政府信息公开行政复议、行政诉讼情况</p><p><img src=\"t4.png\" alt=\"表四\"></p>"
                + "<p>五、存在的主要问题及改进情况</p><p>无。</p><p>六、其他需要报告的事项</p><p>无。</p></div></body></html>";
        Path file = Files.writeString(dir.resolve("page.html"), page, StandardCharsets.UTF_8);
        String text = Importer.canonicalText(file);
        assertThat(text).contains("![图片](t2.png)", "![图片](t3.jpg)", "![表四](t4.png)");
        Check check = Check.text(text);
        check.expectNone("table-missing").expectNone("section-missing");
        assertThat(check.findings("unreadable-table")).extracting(check::message).containsExactly(
                "表二所在的部分只有图片，表格可能以图片发布，无法读取其中的数值；表二的勾稽关系、缺行和缺格均未检查，请对照原件核对",
                "表三所在的部分只有图片，表格可能以图片发布，无法读取其中的数值；表三的勾稽关系、缺行和缺格均未检查，请对照原件核对",
                "表四所在的部分只有图片，表格可能以图片发布，无法读取其中的数值；表四的勾稽关系、缺行和缺格均未检查，请对照原件核对");
        assertThat(check.findings("unreadable-table")).extracting(f -> check.source().substring(f.range().start(), f.range().end()))
                .containsExactly("![图片](t2.png)", "![图片](t3.jpg)", "![表四](t4.png)");
    }

    @Test
    void aSectionWithNeitherTableNorImageStillLacksItsTable() {
        Check check = Check.lines("某某镇人民政府2023年政府信息公开工作年度报告", "一、总体情况", "二、主动公开政府信息情况", "本镇无。",
                "三、收到和处理政府信息公开申请情况", "![图片](t3.png)", "四、政府信息公开行政复议、行政诉讼情况",
                "五、存在的主要问题及改进情况", "六、其他需要报告的事项");
        assertThat(check.findings("table-missing")).extracting(check::message).containsExactly(
                "缺少表二（主动公开政府信息情况）", "缺少表四（政府信息公开行政复议、行政诉讼情况）");
        assertThat(check.findings("unreadable-table")).hasSize(1);
    }
}

package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import gkreport.io.UnreadableFileException;
import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlImporterTest {
    @Test
    void keepsTheArticleAndDropsTheSitesNavigationSideBarAndFooter() throws UnreadableFileException {
        String page = """
                <html><head><title>某某市2020年政府信息公开工作年度报告_某某市人民政府</title></head><body>
                <div id="top"><ul class="menu"><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
                <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a></div>
                <div class="box"><div class="left"><a href="/1">2019年报告</a><a href="/2">2018年报告</a></div>
                <div class="right"><h1>某某市2020年政府信息公开工作年度报告</h1><div class="info">发布时间：2021-01-20　来源：市政府办</div>
                <div class="zoom"><p>　　本报告依据《条例》编制。</p><p><strong>一、总体情况</strong></p>
                <p>2020年，我市继续推进政务公开，全年主动公开政府信息一千二百条，办理依申请公开三十件，组织培训四次，各项工作有序开展。</p>
                <p>二、主动公开政府信息情况</p><script>var x = "一、总体情况";</script><p style="display:none">隐藏的文字</p></div></div></div>
                <div class="foot">主办单位：某某市人民政府办公室<br>网站标识码：1234000001</div></body></html>
                """;
        assertThat(lines(page)).containsExactly("# 某某市2020年政府信息公开工作年度报告", "发布时间：2021-01-20\u3000来源：市政府办",
                "本报告依据《条例》编制。", "## 一、总体情况",
                "2020年，我市继续推进政务公开，全年主动公开政府信息一千二百条，办理依申请公开三十件，组织培训四次，各项工作有序开展。",
                "## 二、主动公开政府信息情况");
    }

    @Test
    void theTitleOfThePageIsUsedWhenTheArticleHasNone() throws UnreadableFileException {
        String page = "<html><head><title>某某县2022年政府信息公开工作年度报告 - 某某县人民政府</title></head><body>"
                + "<nav><a href='/'>首页</a></nav><div><p>一、总体情况</p><p>本年度，本县依法公开政府信息，接受社会监督。</p></div></body></html>";
        assertThat(lines(page)).startsWith("# 某某县2022年政府信息公开工作年度报告", "## 一、总体情况");
    }

    @Test
    void rowAndColumnSpansBecomeMergedCellMarks() throws UnreadableFileException {
        String page = """
                <table>
                <tr><td colspan="3" rowspan="2">（本列数据的勾稽关系为）</td><td colspan="2">申请人情况</td></tr>
                <tr><td>自然人</td><td>总计</td></tr>
                <tr><td rowspan="2">三、本年度办理结果</td><td colspan="2">（一）予以公开</td><td>1</td><td>1</td></tr>
                <tr><td>（三）不予公开</td><td>1.属于<br>国家秘密</td><td>0</td><td>0</td></tr>
                </table>""";
        assertThat(lines(page)).containsExactly(
                "| （本列数据的勾稽关系为） | << | << | 申请人情况 | << |",
                "| --- | --- | --- | --- | --- |",
                "| ^^ | ^^ | ^^ | 自然人 | 总计 |",
                "| 三、本年度办理结果 | （一）予以公开 | << | 1 | 1 |",
                "| ^^ | （三）不予公开 | 1.属于 国家秘密 | 0 | 0 |");
    }

    @Test
    void aLayoutTableIsReadThroughAndSpansAreClipped() throws UnreadableFileException {
        String page = "<table><tr><td><p>一、总体情况</p><table><tr><td colspan=99999>规章</td><td rowspan=70000>5</td></tr>"
                + "<tr><td>x</td></tr></table></td></tr></table>";
        List<String> lines = lines(page);
        assertThat(lines.get(0)).isEqualTo("## 一、总体情况");
        assertThat(lines.get(1)).startsWith("| 规章 | << | << |").endsWith("| 5 |");
        assertThat(lines.get(1).chars().filter(c -> c == '|').count()).isEqualTo(ImportLimits.MAX_SPAN + 2);
        assertThat(lines.get(3)).startsWith("| x |").endsWith("| ^^ |");
    }

    @Test
    void aPageWithoutCharsetIsReadAsUtf8OrElseGb18030() throws UnreadableFileException {
        String page = "<html><body><p>二、主动公开政府信息情况</p></body></html>";
        assertThat(HtmlCharset.decode(page.getBytes(java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(page);
        assertThat(HtmlCharset.decode(page.getBytes(java.nio.charset.Charset.forName("GB18030")))).isEqualTo(page);
        String gbk = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=GBK\">" + page;
        assertThat(HtmlCharset.decode(gbk.getBytes(java.nio.charset.Charset.forName("GBK")))).isEqualTo(gbk);
    }

    @Test
    void aPageWithoutTextIsRefused() {
        assertThatThrownBy(() -> HtmlImporter.read("<html><body><nav><a href='/'>首页</a></nav></body></html>"))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason().key()).isEqualTo("import.noText"));
    }

    private static List<String> lines(String html) throws UnreadableFileException {
        return CanonicalWriter.write(HtmlImporter.read(html)).lines().filter(l -> !l.isEmpty()).toList();
    }
}

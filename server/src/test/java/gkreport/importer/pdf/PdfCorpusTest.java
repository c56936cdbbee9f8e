package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.ImportedDocument;
import gkreport.io.UnreadableFileException;
import gkreport.testkit.PdfCorpus;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The three real report PDFs read from the page: every cell of tables 二, 三 and 四 in its row and
 * column (values checked against the page images), merged cells marked, each table's part on each
 * page after that page's break; the title, the six section headings and the body as paragraphs,
 * without page numbers, spaces from letter-spacing or doubled glyphs.
 */
class PdfCorpusTest {
    private static final Map<String, ImportedDocument> READ = new ConcurrentHashMap<>();
    private static final List<String> HEADINGS = List.of("一、总体情况", "二、主动公开政府信息情况", "三、收到和处理政府信息公开申请情况",
            "四、政府信息公开行政复议、行政诉讼情况", "五、存在的主要问题及改进情况", "六、其他需要报告的事项");

    static ImportedDocument read(String name) {
        return READ.computeIfAbsent(name, n -> {
            try {
                return PdfImporter.read(PdfCorpus.path(n));
            } catch (UnreadableFileException e) {
                throw new AssertionError(n + ": " + e.reason(), e);
            }
        });
    }

    /**
     * The page breaks (「— 第3页 —」) and the grids (a blank line before each, cells between 「 | 」, a
     * blank cell as 「_」) in document order; paragraphs left out.
     */
    static String tablesAndPages(ImportedDocument document) {
        List<String> lines = new ArrayList<>();
        for (ImportedDocument.Block block : document.blocks()) {
            if (block instanceof ImportedDocument.PageBreak page) lines.add("— 第" + page.page() + "页 —");
            if (block instanceof ImportedDocument.Grid grid) {
                lines.add("");
                for (List<String> row : grid.rows()) {
                    lines.add(String.join(" | ", row.stream().map(c -> c.isEmpty() ? "_" : c.replace("\n", "\\n")).toList()));
                }
            }
        }
        return String.join("\n", lines);
    }

    static List<String> paragraphs(ImportedDocument document) {
        return document.blocks().stream().filter(ImportedDocument.Paragraph.class::isInstance)
                .map(b -> ((ImportedDocument.Paragraph) b).text()).toList();
    }

    /**
     * hzq2023: table 二 runs from page 2 to 3, table 三 from 3 to 4 (the vertical label
     * 「三、本年度办理结果」 in its tall merged cell, the label missing characters in the text layer
     * 「2.其他法律行政止公开」 as it is, the 2019 format's single row 「（六）其他处理」); table 四 with its
     * two wrong totals (行政复议 0 for 11, 复议后起诉 0 for 5).
     */
    @Test
    void hzq2023TablesStandInTheirRowsAndColumns() {
        assertThat(tablesAndPages(read("hzq2023"))).isEqualTo("""
                — 第1页 —
                — 第2页 —

                第二十条第（一）项 | << | << | <<
                信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
                规章 | 0 | 0 | 0
                行政规范性文件 | 0 | 5 | 5
                第二十条第（五）项 | << | << | <<
                信息内容 | 本年处理决定数量 | << | <<
                行政许可 | 550 | << | <<
                第二十条第（六）项 | << | << | <<
                — 第3页 —

                信息内容 | 本年处理决定数量
                行政处罚 | 4119
                行政强制 | 195
                第二十条第（八）项 | <<
                信息内容 | 本年收费金额（单位：万元）
                行政事业性收费 | 7730.28

                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | << | << | 申请人情况 | << | << | << | << | << | <<
                ^^ | ^^ | ^^ | 自然人 | 法人或其他组织 | << | << | << | << | 总计
                ^^ | ^^ | ^^ | ^^ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^^
                一、本年新收政府信息公开申请数量 | << | << | 21 | 0 | 0 | 0 | 0 | 0 | 21
                二、上年结转政府信息公开申请数量 | << | << | 0 | 0 | 0 | 0 | 0 | 0 | 0
                三、本年度办理结果 | （一）予以公开 | << | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | << | 4 | 0 | 0 | 0 | 0 | 0 | 4
                ^^ | （三）不予公开 | 1.属于国家秘密 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 3.危及“三安全一稳定” | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 7.属于行政执法案卷 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （四）无法提供 | 1.本机关不掌握相关政府信息 | 10 | 0 | 0 | 0 | 0 | 0 | 10
                ^^ | ^^ | 2.没有现成信息需要另行制作 | 3 | 0 | 0 | 0 | 0 | 0 | 3
                — 第4页 —

                _ | _ | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （五）不予处理 | 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （六）其他处理 | << | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （七）总计 | << | 21 | 0 | 0 | 0 | 0 | 0 | 21
                四、结转下年度继续办理 | << | << | 0 | 0 | 0 | 0 | 0 | 0 | 0

                行政复议 | << | << | << | << | 行政诉讼 | << | << | << | << | << | << | << | << | <<
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | << | << | << | << | 复议后起诉 | << | << | << | <<
                ^^ | ^^ | ^^ | ^^ | ^^ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                10 | 1 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 5 | 0 | 0 | 0 | 0
                — 第5页 —""");
    }

    /** hzq2024: table 二 breaks between two blocks; rows （六） and （七） have a blank cell of their own; table 四's header has a blank cell. */
    @Test
    void hzq2024TablesStandInTheirRowsAndColumns() {
        assertThat(tablesAndPages(read("hzq2024"))).isEqualTo("""
                — 第1页 —
                — 第2页 —

                第二十条第（一）项 | << | << | <<
                信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
                规章 | 0 | 0 | 0
                行政规范性文件 | 3 | 0 | 8
                第二十条第（五）项 | << | << | <<
                信息内容 | 本年处理决定数量 | << | <<
                行政许可 | 9487 | << | <<
                — 第3页 —

                第二十条第（六）项 | <<
                信息内容 | 本年处理决定数量
                行政处罚 | 2776
                行政强制 | 84
                第二十条第（八）项 | <<
                信息内容 | 本年收费金额（单位：万元）
                行政事业性收费 | 7545

                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | << | << | 申请人情况 | << | << | << | << | << | <<
                ^^ | ^^ | ^^ | 自然人 | 法人或其他组织 | << | << | << | << | 总计
                ^^ | ^^ | ^^ | ^^ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^^
                一、本年新收政府信息公开申请数量 | << | << | 95 | 0 | 0 | 0 | 0 | 0 | 95
                二、上年结转政府信息公开申请数量 | << | << | 0 | 0 | 0 | 0 | 0 | 0 | 0
                三、本年度办理结果 | （一）予以公开 | << | 50 | 0 | 0 | 0 | 0 | 0 | 50
                ^^ | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | << | 9 | 0 | 0 | 0 | 0 | 0 | 9
                ^^ | （三）不予公开 | 1.属于国家秘密 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 2.其他法律行政止公开 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 3.危及“三安全一稳定” | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 4.保护第三方合法权益 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 5.属于三类内部事务信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 6.属于四类过程性信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 7.属于行政执法案卷 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 8.属于行政查询事项 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （四）无法提供 | 1.本机关不掌握相关政府信息 | 31 | 0 | 0 | 0 | 0 | 0 | 31
                — 第4页 —

                _ | _ | 2.没有现成信息需要另行制作 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 3.补正后申请内容仍不明确 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （五）不予处理 | 1.信访举报投诉类申请 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | ^^ | 2.重复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 5.要求行政机关确认或重新出具已获取信息 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （六）其他处理 | _ | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | （七）总计 | _ | 95 | 0 | 0 | 0 | 0 | 0 | 95
                四、结转下年度继续办理 | << | << | 0 | 0 | 0 | 0 | 0 | 0 | 0

                行政复议 | << | << | << | << | _ | << | << | 行政诉讼 | << | << | << | << | << | <<
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | << | << | << | << | 复议后起诉 | << | << | << | <<
                ^^ | ^^ | ^^ | ^^ | ^^ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                1 | 1 | 0 | 0 | 2 | 1 | 0 | 0 | 0 | 1 | 2 | 0 | 1 | 0 | 3
                — 第5页 —""");
    }

    /** szfgs2024: the merged cell 「（四）无法提供」 is cut by the page break, its text shared between the two pages. */
    @Test
    void szfgs2024TablesStandInTheirRowsAndColumns() {
        assertThat(tablesAndPages(read("szfgs2024"))).isEqualTo("""
                — 第1页 —
                — 第2页 —
                — 第3页 —

                第二十条第（一）项 | << | << | <<
                信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数
                规章 | 1 | 0 | 11
                行政规范性文件 | 8 | 26 | 66
                第二十条第（五）项 | << | << | <<
                信息内容 | 本年处理决定数量 | << | <<
                行政许可 | 447228 | << | <<
                第二十条第（六）项 | << | << | <<
                — 第4页 —

                信息内容 | 本年处理决定数量
                行政处罚 | 3985758
                行政强制 | 88283
                第二十条第（八）项 | <<
                信息内容 | 本年收费金额（单位：万元）
                行政事业性收费 | 96171.6

                （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | << | << | 申请人情况 | << | << | << | << | << | <<
                ^^ | ^^ | ^^ | 自然人 | 法人或其他组织 | << | << | << | << | 总计
                ^^ | ^^ | ^^ | ^^ | 商业企业 | 科研机构 | 社会公益组织 | 法律服务机构 | 其他 | ^^
                一、本年新收政府信息公开申请数量 | << | << | 3001 | 53 | 0 | 0 | 61 | 4 | 3119
                二、上年结转政府信息公开申请数量 | << | << | 34 | 0 | 0 | 0 | 0 | 0 | 34
                三、本年度办理结果 | （一）予以公开 | << | 1288 | 21 | 0 | 0 | 50 | 3 | 1362
                ^^ | （二）部分公开（区分处理的，只计这一情形，不计其他情形） | << | 447 | 7 | 0 | 0 | 0 | 0 | 454
                ^^ | （三）不予公开 | 1.属于国家秘密 | 2 | 0 | 0 | 0 | 0 | 0 | 2
                ^^ | ^^ | 2.其他法律行政法规禁止公开 | 30 | 1 | 0 | 0 | 0 | 0 | 31
                ^^ | ^^ | 3.危及“三安全一稳定” | 5 | 0 | 0 | 0 | 0 | 0 | 5
                ^^ | ^^ | 4.保护第三方合法权益 | 6 | 0 | 0 | 0 | 0 | 0 | 6
                ^^ | ^^ | 5.属于三类内部事务信息 | 7 | 1 | 0 | 0 | 0 | 0 | 8
                ^^ | ^^ | 6.属于四类过程性信息 | 12 | 0 | 0 | 0 | 0 | 0 | 12
                ^^ | ^^ | 7.属于行政执法案卷 | 9 | 0 | 0 | 0 | 0 | 0 | 9
                ^^ | ^^ | 8.属于行政查询事项 | 105 | 0 | 0 | 0 | 0 | 0 | 105
                ^^ | （四）无 | 1.本机关不掌握相关政府信息 | 746 | 12 | 0 | 0 | 10 | 1 | 769
                — 第5页 —

                _ | 法提供 | 2.没有现成信息需要另行制作 | 11 | 0 | 0 | 0 | 0 | 0 | 11
                ^^ | ^^ | 3.补正后申请内容仍不明确 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | （五）不予处理 | 1.信访举报投诉类申请 | 56 | 6 | 0 | 0 | 0 | 0 | 62
                ^^ | ^^ | 2.重复申请 | 25 | 0 | 0 | 0 | 0 | 0 | 25
                ^^ | ^^ | 3.要求提供公开出版物 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 4.无正当理由大量反复申请 | 0 | 0 | 0 | 0 | 0 | 0 | 0
                ^^ | ^^ | 5.要求行政机关确认或重新出具已获取信息 | 1 | 0 | 0 | 0 | 0 | 0 | 1
                ^^ | （六）其他处理 | 1、申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请 | 67 | 3 | 0 | 0 | 1 | 0 | 71
                ^^ | ^^ | 2、申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请 | 6 | 0 | 0 | 0 | 0 | 0 | 6
                ^^ | ^^ | 3、其他 | 108 | 2 | 0 | 0 | 0 | 0 | 110
                ^^ | （七）总计 | << | 2932 | 53 | 0 | 0 | 61 | 4 | 3050
                四、结转下年度继续办理 | << | << | 103 | 0 | 0 | 0 | 0 | 0 | 103

                行政复议 | << | << | << | << | 行政诉讼 | << | << | << | << | << | << | << | << | <<
                结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 未经复议直接起诉 | << | << | << | << | 复议后起诉 | << | << | << | <<
                ^^ | ^^ | ^^ | ^^ | ^^ | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计 | 结果维持 | 结果纠正 | 其他结果 | 尚未审结 | 总计
                72 | 64 | 178 | 37 | 351 | 13 | 4 | 8 | 1 | 26 | 12 | 1 | 1 | 6 | 20
                — 第6页 —""");
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void everyPageBeginsWithItsBreakInOrder(String name) {
        List<Integer> pages = read(name).blocks().stream().filter(ImportedDocument.PageBreak.class::isInstance)
                .map(b -> ((ImportedDocument.PageBreak) b).page()).toList();
        int count = name.equals("szfgs2024") ? 6 : 5;
        assertThat(pages).isEqualTo(IntStream.rangeClosed(1, count).boxed().toList());
        assertThat(read(name).blocks().get(0)).isEqualTo(new ImportedDocument.PageBreak(1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void theSixSectionHeadingsAreParagraphsOfTheirOwn(String name) {
        assertThat(paragraphs(read(name))).containsSubsequence(HEADINGS);
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void noPageNumberIsLeftInTheText(String name) {
        Pattern debris = Pattern.compile("[-—－\\s]*\\d{1,2}[-—－\\s]*");
        assertThat(paragraphs(read(name))).noneMatch(p -> debris.matcher(p).matches());
        assertThat(paragraphs(read(name))).noneMatch(p -> p.matches(".*-\\s?\\d\\s?-.*"));
    }

    @Test
    void theTitleOverTwoCentredLinesIsOneParagraph() {
        assertThat(paragraphs(read("hzq2023")).get(0)).isEqualTo("洪泽区人民政府2023年政府信息公开工作年度报告");
        assertThat(paragraphs(read("hzq2024")).get(0)).isEqualTo("淮安市洪泽区人民政府2024年政府信息公开工作年度报告");
        assertThat(paragraphs(read("szfgs2024")).get(0)).isEqualTo("淮安市人民政府2024年政府信息公开工作年度报告");
    }

    /** Lines joined without spaces (the justified line 「号 ， 邮 编 ：」 included), the e-mail address whole, each glyph once. */
    @Test
    void paragraphsAreTheirLinesJoinedAsWritten() {
        List<String> paragraphs = paragraphs(read("hzq2023"));
        assertThat(paragraphs.get(1)).isEqualTo("本报告由淮安市洪泽区人民政府办公室根据《中华人民共和国政府信息公开条例》（国令第711号）"
                + "（以下简称《条例》）要求编制此报告。报告中所列数据统计期限自2023年1月1日起至2023年12月31日止。如对本报告有疑问，"
                + "请与淮安市洪泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道90号，邮编：223100，电话：0517-87222589，"
                + "电子邮箱：hzzwgk@126.com）。");
        assertThat(paragraphs).contains("（一）主动公开情况。主要通过政府门户网站主动公开政府文件、项目审批、通知公告等各类政府信息。"
                + "2023年，我区在政府网站平台主动公开政府信息1136条。", "（三）政府信息管理情况。");
    }

    /** A paragraph running over a page break is two paragraphs, one on each page. */
    @Test
    void aParagraphOverAPageBreakIsSplitAtTheBreak() {
        List<ImportedDocument.Block> blocks = read("hzq2023").blocks();
        int second = blocks.indexOf(new ImportedDocument.PageBreak(2));
        assertThat(((ImportedDocument.Paragraph) blocks.get(second - 1)).text()).endsWith("严格执行“分");
        assertThat(((ImportedDocument.Paragraph) blocks.get(second + 1)).text()).startsWith("级审核、先审后发”程序，落实“三审三校”制度");
    }
}

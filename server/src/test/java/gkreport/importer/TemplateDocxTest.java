package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.io.UnreadableFileException;
import gkreport.model.TemplateVersion;
import gkreport.testkit.Check;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The blank 2021 template as the State Council's office ships it, a real .docx made by Word. */
class TemplateDocxTest {
    static final Path TEMPLATE = Path.of("src/test/resources/fixtures/template-2021.docx");
    private static String text;

    @BeforeAll
    static void importTemplate() throws UnreadableFileException {
        text = Importer.canonicalText(TEMPLATE);
    }

    @Test
    void headingsAreMarkedAndProseKept() {
        assertThat(text).startsWith("# 政府信息公开工作年度报告格式模板\n\n## 一、总体情况\n\n（文字描述）\n\n## 二、主动公开政府信息情况\n");
        assertThat(text.lines().filter(l -> l.startsWith("## "))).containsExactly("## 一、总体情况", "## 二、主动公开政府信息情况",
                "## 三、收到和处理政府信息公开申请情况", "## 四、政府信息公开行政复议、行政诉讼情况", "## 五、存在的主要问题及改进情况",
                "## 六、其他需要报告的事项");
    }

    @Test
    void mergedCellsAreMarkedOnTheGrid() {
        List<String> lines = text.lines().toList();
        assertThat(lines).contains(
                "| 第二十条第（五）项 | << | << | << |",
                "| 信息内容 | 本年处理决定数量 | << | << |",
                "| 行政许可 | | << | << |",
                "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | << | << | 申请人情况 | << | << | << | << | << | << |",
                "| ^^ | ^^ | ^^ | 自然人 | 法人或其他组织 | << | << | << | << | 总计 |",
                "| 三、本年度办理结果 | （一）予以公开 | << | | | | | | | |",
                "| ^^ | （三）不予公开 | 1.属于国家秘密 | | | | | | | |",
                "| ^^ | ^^ | 2.其他法律行政法规禁止公开 | | | | | | | |",
                "| 四、结转下年度继续办理 | << | << | | | | | | | |");
        assertThat(lines.stream().filter(l -> l.startsWith("|")).map(l -> l.chars().filter(c -> c == '|').count()).distinct())
                .as("every row of a table has the table's width").containsOnly(5L, 11L, 16L);
    }

    @Test
    void lineBreaksInsideCellsStayInTheirCell() {
        assertThat(text).contains("| ^^ | ^^ | ^^ | ^^ | 商业 企业 | 科研 机构 | 社会公益组织 | 法律服务机构 | 其他 | ^^ |",
                "| 结果维持 | 结果 纠正 | 其他 结果 | 尚未 审结 | 总计 | 未经复议直接起诉 | << |");
    }

    @Test
    void isRecognisedAsThe2021FormatWithEveryRowAndOnlyBlankCellsToReport() {
        Check check = Check.text(text);
        assertThat(check.report().template()).isEqualTo(TemplateVersion.V2021);
        assertThat(check.report().table3().rows()).filteredOn(r -> r.spec() != null).hasSize(25);
        assertThat(check.report().table2().allRows()).hasSize(6);
        assertThat(check.findings()).extracting(f -> f.rule().id()).containsOnly("missing-cells");
        assertThat(check.findings("missing-cells")).hasSize(6 + 25 + 1);
        assertThat(check.findings("missing-cells")).extracting(check::message).last().asString().startsWith("表四缺少15个数值：");
    }
}

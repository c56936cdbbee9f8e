package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Check;
import gkreport.testkit.Corpus;
import gkreport.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A table that stands in the text but cannot be read is said once, with nothing built on it. */
class UnreadableTableRuleTest {
    private static final List<String> TABLE_RULES = List.of("table-missing", "row-missing", "missing-cells", "sum-relation",
            "invalid-number", "unknown-row");

    @Test
    void aWholeWebPageOnOneLineIsOneFindingInsteadOfAMissingPerSectionAndTable() {
        Check check = Check.text(Samples.text("004").replace("\r", "").replace("\n", " ") + "\n");
        assertThat(check.findings("unreadable-table")).singleElement().satisfies(f -> assertThat(check.message(f))
                .startsWith("全文只有1行、").endsWith("没有分行，无法分辨各部分和表格；未作部分和表格的检查，请以分行的文本或原始的Word、网页、PDF文件检查"));
        check.expectNone("section-missing");
        TABLE_RULES.forEach(check::expectNone);
        assertThat(check.messageEn(check.findings("unreadable-table").get(0))).startsWith("The whole text stands on one line (");
    }

    @Test
    void aTableWhoseLabelsStandOnePerLineIsUnreadableWhereItsCaptionIs() {
        Check check = Check.text(Corpus.text("008"));
        Finding table3 = check.findings("unreadable-table").get(0);
        assertThat(check.source().substring(table3.range().start(), table3.range().end())).isEqualTo("（本列数据的勾稽关系为：第一项加第二项之和， 等");
        assertThat(check.message(table3)).isEqualTo("表三的标题、表头或项目名称在此，但转换后的文本已失去表格结构，未能读出表三；"
                + "表三的勾稽关系、缺行和缺格均未检查，请对照原件核对");
    }

    @Test
    void aTableWithItsColumnsShiftedIsUnreadableNotWrongInEveryRow() {
        // Every row of table 三 has its values shifted one column right, 总计 first: most rows disagree with their own total.
        String text = Corpus.text("011");
        Check shifted = Check.text(shiftValuesRight(text));
        assertThat(Check.text(text).findings("unreadable-table")).isEmpty();
        assertThat(shifted.findings("unreadable-table")).extracting(shifted::message).singleElement()
                .satisfies(m -> assertThat(m).startsWith("表三有").contains("的“总计”与各列之和不符，数值可能在转换中错列"));
        shifted.expectNone("sum-relation").expectNone("missing-cells");
    }

    @Test
    void aReadableTableWithAFewRealMistakesIsCheckedAsUsual() {
        Check check = Check.text(Corpus.text("011").replace("| 1. 本机关不掌握相关政府信息 | 111 |", "| 1. 本机关不掌握相关政府信息 | 112 |"));
        check.expectNone("unreadable-table");
        assertThat(check.findings("sum-relation")).extracting(check::message).containsExactlyInAnyOrder(
                "表三“（四）无法提供 1.本机关不掌握相关政府信息”行：自然人（112）+商业企业（0）+科研机构（0）+社会公益组织（0）+法律服务机构（0）+其他（0）=112，但“总计”填写111",
                "表三“自然人”列：（一）至（六）各项之和为711，但“（七）总计”填写710");
    }

    /** Every pipe row of seven values with its last value moved first, the others one column right. */
    private static String shiftValuesRight(String text) {
        return text.replaceAll("(?m)^(\\| [^|]+ \\| )((?:\\d+ \\| ){6})(\\d+)( \\|)$", "$1$3 | $2$4").replace(" |  |", " |");
    }
}

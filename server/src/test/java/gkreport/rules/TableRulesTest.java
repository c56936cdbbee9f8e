package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Check;
import gkreport.testkit.Samples;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Table findings that summarise rather than repeat: a scrambled table 三, a blank table 四. */
class TableRulesTest {
    @Test
    void aTable3WithMostRowsUnreadableIsOneUnreadableTableFinding() {
        String text = Samples.text("001");
        String kept = Arrays.stream(text.split("\n", -1))
                .filter(line -> !line.matches("^(\\(|[0-9]\\.).*\\| 0 \\| 0 \\|.*"))
                .collect(Collectors.joining("\n"));
        Check check = Check.text(kept);
        check.expectNone("row-missing").expectNone("missing-cells").expectNone("sum-relation").expectNone("table-missing");
        assertThat(check.findings("unreadable-table")).extracting(check::message).containsExactly(
                "表三只识别出4行（格式有23行），表格可能在转换中错乱；表三的勾稽关系、缺行和缺格均未检查，请对照原件核对");
        assertThat(check.lineOf(check.findings("unreadable-table").get(0).range().start()))
                .isEqualTo(check.lineOf(check.source().indexOf("(本列数据")));
    }

    @Test
    void aBlankTable4IsOneFindingNamingBlockAndColumn() {
        String text = Samples.text("001");
        String blank = text.replace("0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", " |  |  |  |  |  |  |  |  |  | 7 | 1 | 0 |  |  |");
        Check check = Check.text(blank);
        assertThat(check.findings("missing-cells")).extracting(check::message).containsExactly(
                "表四缺少12个数值：行政复议·结果维持、行政复议·结果纠正、行政复议·其他结果、行政复议·尚未审结、行政复议·总计、"
                        + "行政诉讼·未经复议直接起诉·结果维持、行政诉讼·未经复议直接起诉·结果纠正、行政诉讼·未经复议直接起诉·其他结果、"
                        + "行政诉讼·未经复议直接起诉·尚未审结、行政诉讼·未经复议直接起诉·总计、行政诉讼·复议后起诉·尚未审结、行政诉讼·复议后起诉·总计");
        check.expectNone("sum-relation");
    }
}

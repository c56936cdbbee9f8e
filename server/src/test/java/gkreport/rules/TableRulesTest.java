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
    void aTable3WithMostRowsUnreadableIsOneFindingNamingThem() {
        String text = Samples.text("001");
        String kept = Arrays.stream(text.split("\n", -1))
                .filter(line -> !line.matches("^(\\(|[0-9]\\.).*\\| 0 \\| 0 \\|.*"))
                .collect(Collectors.joining("\n"));
        Check check = Check.text(kept);
        assertThat(check.findings("row-missing")).hasSize(1);
        assertThat(check.message(check.findings("row-missing").get(0)))
                .startsWith("表三的23行中有19行未能识别（表格可能在转换中错乱），请核对：（二）部分公开、（三）不予公开 1.属于国家秘密");
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

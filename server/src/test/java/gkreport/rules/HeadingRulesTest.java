package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Check;
import gkreport.testkit.Samples;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Numbering, wording and presence of sections and subsections, on mutated samples. */
class HeadingRulesTest {
    @Test
    void aSkippedSubsectionNumeralIsRenumberedAndTheFixLeavesNothingToFix() {
        String original = Samples.text("000");
        Check check = Check.text(original.replace("（三）规范处理依申请公开", "（四）规范处理依申请公开"));
        check.expectAmong(List.of(RuleId.SUBSECTION_NUMBER), "subsection-number@8");
        assertThat(check.message(check.findings("subsection-number").get(0))).isEqualTo("序号“（四）”有误，此处应为“（三）”");
        check.fixed("subsection-number").expectNoFixable("subsection-number").expectText(original);
    }

    @Test
    void aSubsectionInTheOtherBracketWidthGetsTheSectionsWidth() {
        String original = Samples.text("002");
        Check check = Check.text(original.replace("(二) 主动公开情况", "（二） 主动公开情况"));
        check.expectAmong(List.of(RuleId.SUBSECTION_NUMBER), "subsection-number@11");
        assertThat(check.message(check.findings("subsection-number").get(0))).isEqualTo("序号“（二）”的括号与本部分其他序号不一致，应为“(二)”");
        check.fixed("subsection-number").expectNoFixable("subsection-number").expectText(original);
    }

    @Test
    void itemsRestartUnderEachSubsection() {
        Check.lines("一、总体情况", "（一）甲", "1、a", "2、b", "（二）乙", "1、c", "3、d")
                .expectAmong(List.of(RuleId.SUBSECTION_NUMBER), "subsection-number@7");
    }

    @Test
    void aGarbledSectionTitleIsAWarningWithTheStandardWordingAsFix() {
        String original = Samples.text("004");
        Check check = Check.text(original.replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政法复议、行政诉讼情况"));
        check.expectAmong(List.of(RuleId.SECTION_TITLE), "section-title@345");
        Finding f = check.findings("section-title").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(check.message(f)).isEqualTo("标题“政府信息公开行政法复议、行政诉讼情况”与格式不符，应为“政府信息公开行政复议、行政诉讼情况”");
        check.fixed("section-title").expectNone("section-title").expectText(original);
    }

    @Test
    void theStatutesWordingIsAcceptedAsInfoWithAnOptionalFix() {
        Check check = Check.text(Samples.text("004").replace("四、政府信息公开行政复议、行政诉讼情况", "四、政府信息公开行政复议和行政诉讼情况"));
        check.expectAmong(List.of(RuleId.SECTION_TITLE), "section-title@345");
        Finding f = check.findings("section-title").get(0);
        assertThat(f.severity()).isEqualTo(Severity.INFO);
        assertThat(f.fixable()).isFalse();
        assertThat(f.fix()).isNotNull();
    }

    @Test
    void aMissingSectionIsReportedAtTheNextSection() {
        Check check = Check.text(Samples.text("001").replace("五、存在的主要问题及改进情况\n", "").replace("(一)存在的主要问题\n", "")
                .replace("(二)下一步改进措施\n", ""));
        check.expectAmong(List.of(RuleId.SECTION_MISSING), "section-missing@71");
        assertThat(check.message(check.findings("section-missing").get(0))).isEqualTo("缺少“五、存在的主要问题及改进情况”部分");
        assertThat(check.findings("section-missing").get(0).severity()).isEqualTo(Severity.ERROR);
    }

    @Test
    void aNumberedSixthHeadingInOtherWordsIsSectionSixWithATitleFindingNotAMissingSection() {
        String original = Samples.text("001");
        Check check = Check.text(original.replace("六、其他需要报告的事项", "六、需要说明的其他事项与附表"));
        check.expectNone("section-missing").expectNone("section-number");
        Finding title = check.findings("section-title").get(0);
        assertThat(check.message(title)).isEqualTo("标题“需要说明的其他事项与附表”与格式不符，应为“其他需要报告的事项”");
        assertThat(title.fixable()).as("the clerk's own words are offered a fix, never changed by --fix").isFalse();
        assertThat(title.fix()).isNotNull();
    }

    @Test
    void ofTwoHeadingsOfOneSectionTheOneThatReadsAsItsHeadingWins() {
        Check check = Check.text(Samples.text("001").replace("二、主动公开政府信息情况", "三、主动公开工作情况\n本机关积极主动公开政府信息。\n二、主动公开政府信息情况"));
        check.expectNone("section-number");
        assertThat(check.report().sections()).extracting(s -> s.heading().spec().number()).containsExactly(1, 2, 3, 4, 5, 6);
    }

    @Test
    void aMissingHeadingWhoseContentIsInPlaceIsAWarningPointingAtIt() {
        Check check = Check.text(Samples.text("001").replace("五、存在的主要问题及改进情况\n", ""));
        check.expectAmong(List.of(RuleId.SECTION_MISSING), "section-missing@65");
        Finding f = check.findings("section-missing").get(0);
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(check.message(f)).isEqualTo("缺少“五、存在的主要问题及改进情况”部分的标题，但此处“(一)存在的主要问题”似为该部分的内容，"
                + "标题可能在转换中丢失；请核对");
    }

    @Test
    void aHeadingWithoutNumeralGetsOneInserted() {
        String original = Samples.text("001");
        Check check = Check.text(original.replace("\n六、其他需要报告的事项", "\n其他需要报告的事项"));
        check.expectAmong(List.of(RuleId.SECTION_NUMBER), "section-number@74");
        check.fixed("section-number").expectAmong(List.of(RuleId.SECTION_NUMBER)).expectText(original);
    }

    @Test
    void aMissingTableIsReportedAtItsSection() {
        String text = Samples.text("001");
        int from = text.indexOf("行政复议 | 行政诉讼");
        int to = text.indexOf("五、存在的主要问题");
        Check check = Check.text(text.substring(0, from) + text.substring(to));
        check.expectAmong(List.of(RuleId.TABLE_MISSING), "table-missing@60");
        assertThat(check.message(check.findings("table-missing").get(0))).isEqualTo("缺少表四（政府信息公开行政复议、行政诉讼情况）");
    }

    @Test
    void aMissingBlockOfTable2IsReported() {
        String text = Samples.text("002");
        int from = text.indexOf("第二十条第(八)项");
        int to = text.indexOf("第二十条第(九)项");
        Check check = Check.text(text.substring(0, from) + text.substring(to));
        check.expectAmong(List.of(RuleId.TABLE_MISSING), "table-missing@21");
        assertThat(check.message(check.findings("table-missing").get(0))).isEqualTo("表二缺少“第二十条第（八）项”（2019年格式）");
    }

    @Test
    void englishMessagesOnRequest() {
        Check check = Check.sample("003");
        assertThat(check.messageEn(check.findings("section-number").get(0)))
                .isEqualTo("Heading numeral \"4、\" is wrong: \"政府信息公开行政复议、行政诉讼情况\" should be numbered \"四、\"");
    }
}

package gkreport.rules.prose;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.Prose;
import gkreport.model.Sentence;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class StatementFinderTest {
    private static final StatementFinder FINDER = new StatementFinder(2020);

    /** 「⏎」 stands for a line break in the tests' sentences. */
    private static List<Statement> find(String written, int section) {
        String text = written.replace('⏎', '\n');
        Prose prose = new Prose.Builder().append(text, 0, text.length()).build();
        return FINDER.find(new Sentence(prose, section));
    }

    private static String found(String text) {
        return String.join(" ", find(text, 1).stream().map(s -> s.quantities() + "=" + s.count()).toList());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "2020年，平等乡共收到政府信息公开申请5件;[RECEIVED]=5",
        "全年受理政府信息公开申请 21 件，均在法定期限答复;[RECEIVED]=21",
        "2020年度我局共收到依申请信息公开26件;[RECEIVED]=26",
        "新收政府信息公开申请数量为8件;[RECEIVED]=8",
        "共收到3件政府信息公开申请;[RECEIVED]=3",
        "收到政府信息公开申请两件;[RECEIVED]=2",
        "上年结转政府信息公开⏎申请 2 件;[CARRIED_IN]=2",
        "市政府共受理政府信息公开申请1295件，办结1191件（含上年结转189件）;[RECEIVED]=1295 [CONCLUDED]=1191 [CARRIED_IN]=189",
        "转下一⏎年度办理答复的有 1 件;[CARRIED_OUT]=1",
        "另有103件顺延到下年度答复;[CARRIED_OUT]=103",
        "结转下一年 31 件;[CARRIED_OUT]=31",
        "同意公开答复 9 件，部分公开答复 0 件，不予公开答复 2件;[PUBLISHED]=9 [PARTLY_PUBLISHED]=0 [WITHHELD]=2",
        "无法提供的 10 件，不予处理 0 件，其他处理 14 件;[UNAVAILABLE]=10 [NOT_PROCESSED]=0 [OTHER_HANDLED]=14",
        "因本机关不掌握等原因无法提供 564 件;[UNAVAILABLE]=564",
        "属信访、重复申请等不予处理 80 件;[NOT_PROCESSED]=80",
        "有 1 件涉及政府信息公开工作的行政复议;[REVIEW]=1",
        "政府信息公开行政复议 351⏎件，其中结果维持 72 件;[REVIEW]=351",
        "涉及政府信息公开的行政诉讼数为⏎0 件;[LITIGATION]=0",
        "因政府信息公开被提起行政诉讼2件，其中复议后起诉1件;[LITIGATION]=2 [LITIGATION_AFTER_REVIEW]=1",
        "政府信息公开行政诉讼中未经复议直接起诉1件;[LITIGATION_DIRECT]=1"})
    void readsTheStatementsOfTheQuantitiesTheTablesHold(String sentence, String expected) {
        assertThat(found(sentence)).isEqualTo(expected);
    }

    @Test
    void outcomesNamedTogetherAreOneStatementWithItsShare() {
        List<Statement> found = find("予以公开及部⏎分公开 208 件（17.46%）", 3);
        assertThat(found).singleElement().satisfies(s -> {
            assertThat(s.quantities()).containsExactly(Quantity.PUBLISHED, Quantity.PARTLY_PUBLISHED);
            assertThat(s.count()).isEqualTo(208);
            assertThat(s.percent().value()).hasToString("17.46");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "已接受群众咨询126次",
        "公开的事项共224项",
        "主动公开政府信息133条",
        "统计期限自2020年1月1日起至2020年12月31日止",
        "联系电话：0517-87222589，邮编：223100",
        "办理人大代表建议50件、政协提案85件",
        "受理信访举报投诉12件",
        "收到行政复议决定书2份",
        "2019年，共收到政府信息公开申请3件",
        "与上年相比，收到申请增加5件",
        "较去年同期，共收到政府信息公开申请7件",
        "全县共受理政府信息公开申请749件",
        "各部门共收到政府信息公开申请30件",
        "其中通过网络平台收到申请4件",
        "其中，属于国家秘密不予公开1件",
        "申请人主动撤回其他处理3件",
        "延期答复2件",
        "答复群众咨询5件",
        "行政复议、行政诉讼共3件",
        "行政复议和行政诉讼各0件",
        "全年办理行政复议案件120件",
        "收到政府信息公开申请900余件",
        "收到政府信息公开申请10.5件"})
    void sentencesNotClearlyAboutTheQuantityAreLeftAlone(String sentence) {
        assertThat(find(sentence, 1)).isEmpty();
    }

    @Test
    void aCaseCountWithoutDisclosureWordsCountsOnlyInSectionFour() {
        assertThat(find("全年办理行政复议案件120件", 4)).hasSize(1);
    }

    @Test
    void theStatementsRangeCoversItsWordsAndCount() {
        String text = "2020年，平等乡共收到政府信息公开申请5件";
        Statement s = find(text, 1).get(0);
        assertThat(text.substring(s.range().start(), s.range().end())).isEqualTo("共收到政府信息公开申请5件");
    }
}

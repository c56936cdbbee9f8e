package gkreport.rules.checks;

import static gkreport.testkit.Samples.replace;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.rules.Finding;
import gkreport.testkit.RuleRun;
import gkreport.testkit.Samples;
import gkreport.testkit.Shown;
import gkreport.service.Fixer;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConversionArtifactRuleTest {
    private static final ConversionArtifactRule RULE = new ConversionArtifactRule();

    @Test
    void sample000HasABookmarkAndAClosingPageNumber() {
        assertThat(RuleRun.shown(RULE, Samples.text("000"))).extracting(Shown::line, Shown::text, Shown::message).containsExactly(
                tuple(7, "[bookmark: _GoBack]", "文档转换残留“[bookmark: _GoBack]”"),
                tuple(405, "1", "单独成行的页码“1”"));
    }

    @Test
    void samples001And002WriteAWordTwice() {
        assertThat(RuleRun.shown(RULE, Samples.text("001"))).extracting(Shown::line, Shown::text, Shown::message)
                .containsExactly(tuple(3, "公开", "词语“公开”重复（“公开公开”）"));
        assertThat(RuleRun.shown(RULE, Samples.text("002"))).extracting(Shown::line, Shown::text).containsExactly(tuple(79, "公开"));
    }

    @Test
    void sample003EndsWithABookmark() {
        assertThat(RuleRun.shown(RULE, Samples.text("003"))).extracting(Shown::line, Shown::text)
                .containsExactly(tuple(400, "[bookmark: _GoBack]"));
    }

    @Test
    void sample004HasEveryKindOfDebris() {
        assertThat(RuleRun.shown(RULE, Samples.text("004"))).extracting(Shown::line, Shown::text, Shown::message).containsExactly(
                tuple(4, "根据", "词语“根据”重复（“根据根据”）"),
                tuple(5, "窗体顶端", "文档转换残留“窗体顶端”"),
                tuple(8, "[bookmark: _GoBack]", "文档转换残留“[bookmark: _GoBack]”"),
                tuple(401, "窗体顶端", "文档转换残留“窗体顶端”"),
                tuple(411, "1", "单独成行的页码“1”"));
    }

    @Test
    void theSafeFixesRemoveTheDebrisAndLeaveTheDoubledWordToAPerson() {
        String text = Samples.text("004");
        List<Finding> safe = RuleRun.findings(RULE, text).stream().filter(Finding::fixable).toList();
        String fixed = Fixer.apply(text, safe).text();
        List<String> expected = new ArrayList<>(List.of(text.split("\n", -1)));
        expected.set(7, expected.get(7).replace("[bookmark: _GoBack]", ""));
        expected.remove(410);
        expected.remove(400);
        expected.remove(4);
        assertThat(fixed).isEqualTo(String.join("\n", expected));
        assertThat(RuleRun.shown(RULE, fixed)).extracting(Shown::text).containsExactly("根据");
    }

    @Test
    void theDoubledWordsFixRemovesTheRepeat() {
        String text = Samples.text("004");
        Finding doubled = RuleRun.findings(RULE, text).get(0);
        assertThat(doubled.fixable()).isFalse();
        assertThat(Fixer.apply(text, List.of(doubled)).text()).contains("   根据《中华人民共和国政府信息公开条例》，我乡");
    }

    @Test
    void debrisInsertedIntoSample002IsFoundAndNothingElseIsNew() {
        String original = Samples.text("002");
        String mutated = replace(original, "\n\n(四) 政府信息管理情况", "\n- 2 -\n(四) 政府信息管理情况");
        mutated = replace(mutated, "\n\n(五) 监督保障情况", "\n窗体底端\n(五) 监督保障情况");
        mutated = replace(mutated, "主动公开公示公告", "主动公开公示\uFFFD\uFFFD公告");
        List<Shown> added = new ArrayList<>(RuleRun.all(mutated));
        added.removeAll(RuleRun.all(original));
        assertThat(added).extracting(Shown::rule, Shown::line, Shown::text).containsExactly(
                tuple("conversion-artifact", 11, "\uFFFD\uFFFD"),
                tuple("conversion-artifact", 14, "- 2 -"),
                tuple("conversion-artifact", 16, "窗体底端"));
        assertThat(RuleRun.shown(RULE, mutated).get(0).message()).isEqualTo("此处有2个无法识别的字符（�），原字符已丢失");
    }

    @Test
    void aNumberAloneInsideTheTextMayBeACellAndIsLeftAlone() {
        String text = replace(Samples.text("002"), "\n\n(四) 政府信息管理情况", "\n3\n(四) 政府信息管理情况");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line).containsExactly(79);
    }

    @Test
    void aFlattenedTableHeaderIsNotADoubledWord() {
        String text = replace(Samples.text("002"), "\n\n(四) 政府信息管理情况", "\n结果结果其他尚未\n(四) 政府信息管理情况");
        assertThat(RuleRun.shown(RULE, text)).extracting(Shown::line).containsExactly(79);
    }
}

package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.TextEdit;
import gkreport.service.Fixer;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void sameTextGivesNoEdit() {
        assertThat(TextDiff.edits(new SourceText("一\n二\n"), "一\n二\n")).isEmpty();
    }

    @Test
    void changesWithinLinesGiveOneSmallEditPerLine() {
        String before = "4、甲\n正文\n5、乙\n";
        String after = "四、甲\n正文\n五、乙\n";
        List<TextEdit> edits = TextDiff.edits(new SourceText(before), after);
        assertThat(edits).containsExactly(new TextEdit(new TextRange(0, 1), "四"), new TextEdit(new TextRange(7, 8), "五"));
        assertThat(Fixer.applyEdits(before, edits)).isEqualTo(after);
    }

    @Test
    void addedLinesGiveOneEditBetweenTheCommonStartAndEnd() {
        String before = "标题\n正文\n结尾\n";
        String after = "# 标题\n\n正文\n\n结尾\n";
        List<TextEdit> edits = TextDiff.edits(new SourceText(before), after);
        assertThat(edits).hasSize(1);
        assertThat(Fixer.applyEdits(before, edits)).isEqualTo(after);
    }

    @Test
    void changedLineEndingsAreNotLost() {
        String before = "一\r\n二\r\n";
        String after = "一\n二\n";
        assertThat(Fixer.applyEdits(before, TextDiff.edits(new SourceText(before), after))).isEqualTo(after);
    }

    @Test
    void neverSplitsASurrogatePair() {
        String before = "\uD840\uDC00甲";
        String after = "\uD840\uDC01甲";
        List<TextEdit> edits = TextDiff.edits(new SourceText(before), after);
        assertThat(edits).containsExactly(new TextEdit(new TextRange(0, 2), "\uD840\uDC01"));
    }
}

package gkreport.rules.debris;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Doubled words are found exactly where the regular expression {@code (\p{IsHan}{2,8}?)\1} finds them. */
class DoubledWordsTest {
    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,8}?)\\1");
    private static final Pattern NUMERALS = Pattern.compile("[〇零一二三四五六七八九十百千万两]+");
    /** Han of the common block and beyond it (𠀀, 㐀, ⺀), numerals, punctuation, letters, spaces. */
    private static final String[] PIECES = {"公开", "公", "开", "信息", "根据", "𠀀", "㐀", "⺀", "十", "二", "，", "。", "a", " ", "1", "年"};

    @Test
    void findsTheWordsOfRealProse() {
        assertThat(DoubledWords.find("根据根据《条例》，信息公开公开工作；二二得四。", 10)).containsExactly(
                new DoubledWords.Doubled("根据", new TextRange(12, 14)), new DoubledWords.Doubled("公开", new TextRange(23, 25)));
        assertThat(DoubledWords.find("结果结果其他尚未", 0)).as("no punctuation: table debris").isEmpty();
    }

    @Test
    void agreesWithTheRegularExpressionOnRandomText() {
        Random random = new Random(11);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder b = new StringBuilder("，");
            for (int i = random.nextInt(30); i > 0; i--) b.append(PIECES[random.nextInt(PIECES.length)]);
            String line = b.toString();
            assertThat(DoubledWords.find(line, 5)).as(line).isEqualTo(byRegex(line, 5));
        }
    }

    private static List<DoubledWords.Doubled> byRegex(String line, int lineStart) {
        List<DoubledWords.Doubled> out = new ArrayList<>();
        Matcher m = DOUBLED.matcher(line);
        while (m.find()) {
            if (NUMERALS.matcher(m.group(1)).matches()) continue;
            out.add(new DoubledWords.Doubled(m.group(1), new TextRange(lineStart + m.end(1), lineStart + m.end())));
        }
        return out;
    }
}

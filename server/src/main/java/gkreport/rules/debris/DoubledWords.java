package gkreport.rules.debris;

import gkreport.grammar.TextRange;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A word or phrase of two to eight Chinese characters written twice in a row in a line of prose:
 * 「根据根据」, 「信息公开公开工作」. Lines without punctuation are not prose but table debris
 * (「结果结果其他尚未」 where a table's header was flattened) and are not read; repeated numerals
 * are not words.
 */
public final class DoubledWords {
    private static final Pattern DOUBLED = Pattern.compile("(\\p{IsHan}{2,8}?)\\1");
    private static final Pattern PROSE_PUNCTUATION = Pattern.compile("[，。；、：,;:]");
    private static final Pattern NUMERALS = Pattern.compile("[〇零一二三四五六七八九十百千万两]+");

    /**
     * @param word   the word written twice
     * @param repeat the second writing, which a fix removes
     */
    public record Doubled(String word, TextRange repeat) {
    }

    private DoubledWords() {
    }

    /** @param lineStart the line's offset in its document */
    public static List<Doubled> find(String line, int lineStart) {
        List<Doubled> out = new ArrayList<>();
        if (!PROSE_PUNCTUATION.matcher(line).find()) return out;
        Matcher m = DOUBLED.matcher(line);
        while (m.find()) {
            String word = m.group(1);
            if (NUMERALS.matcher(word).matches()) continue;
            out.add(new Doubled(word, new TextRange(lineStart + m.end(1), lineStart + m.end())));
        }
        return out;
    }
}

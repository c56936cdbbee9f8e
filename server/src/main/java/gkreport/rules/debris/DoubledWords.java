package gkreport.rules.debris;

import gkreport.grammar.TextRange;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A word or phrase of two to eight Chinese characters written twice in a row in a line of prose:
 * 「根据根据」, 「信息公开公开工作」. Lines without punctuation are not prose but table debris
 * (「结果结果其他尚未」 where a table's header was flattened) and are not read; repeated numerals
 * are not words.
 */
public final class DoubledWords {
    private static final int MIN_CHARS = 2;
    private static final int MAX_CHARS = 8;
    private static final String PROSE_PUNCTUATION = "，。；、：,;:";
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
        if (!hasProsePunctuation(line)) return out;
        boolean[] han = hanStarts(line);
        int i = 0;
        while (i < line.length()) {
            int groupEnd = doubledFrom(line, han, i);
            if (groupEnd < 0) {
                i += Character.charCount(line.codePointAt(i));
                continue;
            }
            String word = line.substring(i, groupEnd);
            int end = groupEnd + word.length();
            if (!NUMERALS.matcher(word).matches()) out.add(new Doubled(word, new TextRange(lineStart + groupEnd, lineStart + end)));
            i = end;
        }
        return out;
    }

    /**
     * Where the shortest word of {@value #MIN_CHARS} to {@value #MAX_CHARS} Chinese characters starting
     * at {@code start} ends when it is written again right after it, or -1: what the regular
     * expression {@code (\\p{IsHan}{2,8}?)\\1} matches there, without its cost of looking up each
     * character's script eight times.
     */
    private static int doubledFrom(String line, boolean[] han, int start) {
        int end = start;
        for (int count = 1; count <= MAX_CHARS && end < line.length() && han[end]; count++) {
            end += Character.charCount(line.codePointAt(end));
            if (count >= MIN_CHARS && line.regionMatches(end, line, start, end - start)) return end;
        }
        return -1;
    }

    private static boolean hasProsePunctuation(String line) {
        for (int i = 0; i < line.length(); i++) {
            if (PROSE_PUNCTUATION.indexOf(line.charAt(i)) >= 0) return true;
        }
        return false;
    }

    /** For each index, whether a Chinese character (script Han) starts there. */
    private static boolean[] hanStarts(String line) {
        boolean[] han = new boolean[line.length()];
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            han[i] = Labels.isHan(cp);
            i += Character.charCount(cp);
        }
        return han;
    }
}

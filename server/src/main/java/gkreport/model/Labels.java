package gkreport.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Label normalisation and matching. Real texts vary in bracket width, quotes, 、/，, spaces and
 * line breaks inside labels, and notes in brackets; labels are compared after removing those.
 */
public final class Labels {
    private static final Pattern NOTE = Pattern.compile("（[^（）]{4,}）$");
    private static final Pattern LEADING_NUMERAL = Pattern.compile("^(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|[0-9]+[.、])");

    /** No character below U+2E80 (CJK Radicals Supplement) is of script Han. */
    private static final int FIRST_HAN = 0x2E80;
    /** CJK Unified Ideographs as first encoded (Unicode 1.1): all Han, in every Unicode version. */
    private static final int COMMON_HAN_START = 0x4E00;
    private static final int COMMON_HAN_END = 0x9FA5;

    private static final int CACHE_LIMIT = 8192;
    private static final Map<String, String> CORES = new ConcurrentHashMap<>();
    private static final int SIMILARITY_CACHE_LIMIT = 65536;
    private static final Map<String, Double> SIMILARITIES = new ConcurrentHashMap<>();

    private Labels() {
    }

    /** Width, quotes, punctuation and spaces unified: 「(二) 部分公开(区分…)」 → 「（二）部分公开（区分…）」. */
    public static String normalize(String label) {
        StringBuilder b = new StringBuilder(label.length());
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000' || c == '*') continue;
            b.append(switch (c) {
                case '(' -> '（';
                case ')' -> '）';
                case '"', '＂', '”', '“' -> '“';
                case ',', '，' -> '，';
                case ':' -> '：';
                case '．' -> '.';
                case '／' -> '/';
                default -> c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c;
            });
        }
        return b.toString();
    }

    /** The normalised label without a trailing note in brackets and without its numeral. */
    public static String core(String label) {
        String cached = CORES.get(label);
        if (cached != null) return cached;
        String s = normalize(label);
        s = NOTE.matcher(s).replaceAll("");
        s = LEADING_NUMERAL.matcher(s).replaceAll("");
        // Reports repeat the same few hundred labels; the cache is bounded for the odd ones.
        if (CORES.size() > CACHE_LIMIT) CORES.clear();
        CORES.put(label, s);
        return s;
    }

    /** Similarity of two labels' cores in [0, 1]: twice their longest common subsequence over their lengths. */
    public static double similarity(String a, String b) {
        return similarityOfCores(core(a), core(b));
    }

    /**
     * {@link #similarity} of labels already reduced to their cores. Reports repeat the same labels
     * and headings, so the scores are remembered (a bounded number of them): a batch of reports
     * computes each pair's common subsequence about once.
     */
    static double similarityOfCores(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.equals(y)) return 1;
        String pair = x + '\u0000' + y;
        Double known = SIMILARITIES.get(pair);
        if (known != null) return known;
        double score = commonSubsequenceScore(x, y);
        if (SIMILARITIES.size() > SIMILARITY_CACHE_LIMIT) SIMILARITIES.clear();
        SIMILARITIES.put(pair, score);
        return score;
    }

    /** {@link #similarityOfCores} computed afresh, for callers that remember results themselves. */
    static double commonSubsequenceScore(String x, String y) {
        if (x.isEmpty() || y.isEmpty()) return 0;
        if (x.equals(y)) return 1;
        int[] prev = new int[y.length() + 1];
        int[] cur = new int[y.length() + 1];
        for (int i = 1; i <= x.length(); i++) {
            for (int j = 1; j <= y.length(); j++) {
                cur[j] = x.charAt(i - 1) == y.charAt(j - 1) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[y.length()] / (x.length() + y.length());
    }

    /** Whether the text holds a Chinese character (script Han). */
    public static boolean hasHan(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** How many characters of script Han the text holds. */
    public static int hanCount(String text) {
        int count = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (isHan(cp)) count++;
            i += Character.charCount(cp);
        }
        return count;
    }

    /** Whether the character is of script Han, without the script table's binary search for common ones. */
    public static boolean isHan(int codePoint) {
        if (codePoint < FIRST_HAN) return false;
        if (codePoint >= COMMON_HAN_START && codePoint <= COMMON_HAN_END) return true;
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN;
    }

    /** Whether the text contains the label, compared normalised. */
    public static boolean mentions(String text, String label) {
        return normalize(text).contains(normalize(label));
    }

    /**
     * Whether the text holds one of the words (already normalised), spaces and line breaks inside it
     * ignored (「结果维 持」); normalised only when it has a space, since most cells have none.
     */
    public static boolean holdsAny(String text, List<String> words) {
        for (String word : words) {
            if (text.contains(word)) return true;
        }
        if (!hasSpace(text)) return false;
        String normalized = normalize(text);
        for (String word : words) {
            if (normalized.contains(word)) return true;
        }
        return false;
    }

    /** The text normalised when it has a space inside, else as it is: a cheap way to close up 「第二十条 第（一）项」. */
    public static String withoutSpaces(String text) {
        return hasSpace(text) ? normalize(text) : text;
    }

    private static boolean hasSpace(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0' || c == '\u3000') return true;
        }
        return false;
    }
}

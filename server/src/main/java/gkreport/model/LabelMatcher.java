package gkreport.model;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Finds the candidate whose label is most similar to a written one. Candidates' cores are
 * computed once; a candidate whose length alone cannot reach the best score so far is skipped.
 * Reports repeat the same few hundred labels, so each written label's best candidate is
 * remembered (a bounded number of them; matchers are shared by the threads of a batch).
 */
public final class LabelMatcher<T> {
    private static final int MEMO_LIMIT = 8192;
    private static final Match NONE = new Match(-1, 0);

    private final List<T> candidates;
    private final String[] cores;
    private final Map<String, Match> memo = new ConcurrentHashMap<>();

    public LabelMatcher(List<T> candidates, Function<T, String> label) {
        this.candidates = List.copyOf(candidates);
        this.cores = this.candidates.stream().map(c -> Labels.core(label.apply(c))).toArray(String[]::new);
    }

    /** The most similar candidate with a similarity of at least {@code threshold}, or null; the first of equals. */
    public T best(String written, double threshold) {
        Match match = match(written);
        return match.index >= 0 && match.score >= threshold ? candidates.get(match.index) : null;
    }

    /** How similar the most similar candidate is, in [0, 1]; 0 for a label with no core. */
    public double bestSimilarity(String written) {
        return match(written).score;
    }

    private Match match(String written) {
        String core = Labels.core(written);
        if (core.isEmpty()) return NONE;
        Match match = memo.get(core);
        if (match == null) {
            match = mostSimilar(core);
            if (memo.size() > MEMO_LIMIT) memo.clear();
            memo.put(core, match);
        }
        return match;
    }

    private Match mostSimilar(String core) {
        Match best = NONE;
        for (int i = 0; i < cores.length; i++) {
            int a = core.length();
            int b = cores[i].length();
            double bound = 2.0 * Math.min(a, b) / (a + b);
            if (best.index >= 0 && bound <= best.score) continue;
            double score = Labels.commonSubsequenceScore(core, cores[i]);
            if (best.index < 0 || score > best.score) best = new Match(i, score);
        }
        return best;
    }

    private record Match(int index, double score) {
    }
}

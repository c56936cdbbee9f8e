package gkreport.model;

import java.util.List;
import java.util.function.Function;

/**
 * Finds the candidate whose label is most similar to a written one. Candidates' cores are
 * computed once; a candidate whose length alone cannot reach the best score so far is skipped.
 */
public final class LabelMatcher<T> {
    private final List<T> candidates;
    private final String[] cores;

    public LabelMatcher(List<T> candidates, Function<T, String> label) {
        this.candidates = List.copyOf(candidates);
        this.cores = this.candidates.stream().map(c -> Labels.core(label.apply(c))).toArray(String[]::new);
    }

    /** The most similar candidate with a similarity of at least {@code threshold}, or null. */
    public T best(String written, double threshold) {
        String core = Labels.core(written);
        if (core.isEmpty()) return null;
        T best = null;
        double bestScore = threshold;
        for (int i = 0; i < cores.length; i++) {
            int a = core.length();
            int b = cores[i].length();
            double bound = 2.0 * Math.min(a, b) / (a + b);
            if (bound < bestScore || (best != null && bound == bestScore)) continue;
            double score = Labels.similarityOfCores(core, cores[i]);
            if (score > bestScore || (best == null && score >= bestScore)) {
                best = candidates.get(i);
                bestScore = score;
            }
        }
        return best;
    }
}

package gkreport.service;

import gkreport.rules.Finding;
import gkreport.rules.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * Applies fixes to a text. Edits that overlap an earlier one are left for the next pass;
 * {@link #fixAll} re-analyses and repeats until no fix is left, so fixing twice equals fixing once.
 */
public final class Fixer {
    private static final int MAX_PASSES = 8;

    private final Analyzer analyzer;

    public Fixer(Analyzer analyzer) {
        this.analyzer = analyzer;
    }

    /**
     * The text with every fix the predicate accepts applied, and how many were applied.
     */
    public Result fixAll(String text, Settings settings, Predicate<Finding> which) {
        String current = text;
        int applied = 0;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Finding> fixable = analyzer.analyze(current, settings).findings().stream()
                    .filter(f -> f.fix() != null && which.test(f)).toList();
            if (fixable.isEmpty()) break;
            Applied result = apply(current, fixable);
            if (result.count() == 0) break;
            current = result.text();
            applied += result.count();
        }
        return new Result(current, applied);
    }

    /** Applies the findings' fixes whose edits do not overlap an earlier accepted fix. */
    public static Applied apply(String text, List<Finding> findings) {
        List<TextEdit> accepted = new ArrayList<>();
        int count = 0;
        for (Finding f : findings) {
            List<TextEdit> edits = f.fix().edits();
            if (edits.stream().anyMatch(e -> overlapsAny(e, accepted))) continue;
            accepted.addAll(edits);
            count++;
        }
        return new Applied(applyEdits(text, accepted), count);
    }

    public static String applyEdits(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt((TextEdit e) -> e.range().start()).reversed());
        StringBuilder b = new StringBuilder(text);
        for (TextEdit e : sorted) b.replace(e.range().start(), Math.min(e.range().end(), b.length()), e.newText());
        return b.toString();
    }

    /** Two edits conflict when their ranges intersect or both start at the same offset and one inserts. */
    private static boolean overlapsAny(TextEdit edit, List<TextEdit> others) {
        for (TextEdit o : others) {
            var a = edit.range();
            var b = o.range();
            boolean intersect = a.start() < b.end() && b.start() < a.end();
            boolean sameInsertionPoint = a.start() == b.start() && (a.length() == 0 || b.length() == 0);
            if (intersect || sameInsertionPoint) return true;
        }
        return false;
    }

    public record Result(String text, int applied) {
    }

    public record Applied(String text, int count) {
    }
}

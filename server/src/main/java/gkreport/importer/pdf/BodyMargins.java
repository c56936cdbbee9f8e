package gkreport.importer.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where body text runs: the usual font size, left and right margins and line pitch, each the most
 * common value (to the point) among lines of the usual size. Full lines of justified text start
 * and end at the margins, so the most common values are the margins.
 */
record BodyMargins(double size, double left, double right, double pitch) {
    /** Lines whose size is within this many points of the body size are body lines. */
    private static final double SAME_SIZE = 0.6;

    /** The margins of these lines; {@code fallback} gives what too few lines cannot tell. */
    static BodyMargins of(List<TextLine> lines, BodyMargins fallback) {
        double size = mode(lines.stream().mapToDouble(TextLine::size).toArray(), fallback == null ? 0 : fallback.size());
        double[] lefts = body(lines, size).mapToDouble(TextLine::left).toArray();
        double[] rights = body(lines, size).mapToDouble(TextLine::right).toArray();
        double pitch = fallback == null ? pitch(lines, size) : fallback.pitch();
        if (fallback != null && lefts.length < 4) return fallback;
        return new BodyMargins(size, mode(lefts, 0), mode(rights, 0), pitch);
    }

    boolean isBody(TextLine line) {
        return Math.abs(line.size() - size) <= SAME_SIZE;
    }

    private static Stream<TextLine> body(List<TextLine> lines, double size) {
        return lines.stream().filter(l -> Math.abs(l.size() - size) <= SAME_SIZE);
    }

    /** The most common distance between the middles of consecutive body lines, or 0 when none are consecutive. */
    private static double pitch(List<TextLine> lines, double size) {
        double[] steps = new double[Math.max(0, lines.size() - 1)];
        int n = 0;
        for (int i = 1; i < lines.size(); i++) {
            TextLine a = lines.get(i - 1);
            TextLine b = lines.get(i);
            double step = b.centreY() - a.centreY();
            boolean body = Math.abs(a.size() - size) <= SAME_SIZE && Math.abs(b.size() - size) <= SAME_SIZE;
            if (body && step > 0 && step < 3 * size) steps[n++] = step;
        }
        return mode(Arrays.copyOf(steps, n), 0);
    }

    /** The most common value to the point (the larger one of a tie), or {@code none} for no values. */
    private static double mode(double[] values, double none) {
        Map<Long, Integer> counts = new HashMap<>();
        long best = 0;
        int bestCount = 0;
        for (double v : values) {
            long key = Math.round(v);
            int count = counts.merge(key, 1, Integer::sum);
            if (count > bestCount || count == bestCount && key > best) {
                best = key;
                bestCount = count;
            }
        }
        return bestCount == 0 ? none : best;
    }
}

package gkreport.importer.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where body text runs: the usual font size, left and right margins and line pitch, each the most
 * common value (to the point) among lines of the usual size. Full lines of justified text start
 * and end at the margins, so the most common values are the margins.
 */
record BodyMargins(double size, double left, double right, double pitch) {
    /** Lines whose size is within this many points of the body size are body lines. */
    private static final double SAME_SIZE = 0.6;
    /** A page with fewer body lines than this (a page of tables) takes the document's margins. */
    private static final int ENOUGH_LINES = 4;

    /** The margins of a document, from all its lines outside tables. */
    static BodyMargins of(List<TextLine> lines) {
        double size = mode(lines.stream().mapToDouble(TextLine::size).toArray());
        List<TextLine> body = lines.stream().filter(l -> Math.abs(l.size() - size) <= SAME_SIZE).toList();
        return new BodyMargins(size, mode(lefts(body)), mode(rights(body)), pitch(lines, size));
    }

    /** The margins of one page of the document: its own when it has enough body lines (odd and even pages may differ). */
    BodyMargins onPage(List<TextLine> lines) {
        List<TextLine> body = lines.stream().filter(this::isBody).toList();
        return body.size() < ENOUGH_LINES ? this : new BodyMargins(size, mode(lefts(body)), mode(rights(body)), pitch);
    }

    private boolean isBody(TextLine line) {
        return Math.abs(line.size() - size) <= SAME_SIZE;
    }

    private static double[] lefts(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::left).toArray();
    }

    private static double[] rights(List<TextLine> lines) {
        return lines.stream().mapToDouble(TextLine::right).toArray();
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
        return mode(Arrays.copyOf(steps, n));
    }

    /** The most common value to the point (the larger one of a tie), or 0 for no values. */
    private static double mode(double[] values) {
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
        return best;
    }
}

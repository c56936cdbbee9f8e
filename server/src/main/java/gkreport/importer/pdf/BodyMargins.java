package gkreport.importer.pdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where body text runs: the usual font size, the left margin (the most common start, to the
 * point, of lines of the usual size), the right edge of the text block (the furthest those lines
 * reach: a full line ends there whether the text is justified or not, and a document without
 * indents may have few full lines) and the line pitch (the smallest common distance between
 * consecutive body lines: the spacing inside paragraphs, where paragraphs are also spaced apart).
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
        return new BodyMargins(size, mode(lefts(body)), max(rights(body)), pitch(lines, size));
    }

    /**
     * The margins of one page of the document: its own left margin when it has enough body lines
     * (odd and even pages may differ), with the document's width of the text block.
     */
    BodyMargins onPage(List<TextLine> lines) {
        List<TextLine> body = lines.stream().filter(this::isBody).toList();
        if (body.size() < ENOUGH_LINES) return this;
        double pageLeft = mode(lefts(body));
        return new BodyMargins(size, pageLeft, pageLeft + right - left, pitch);
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

    /**
     * The smallest common distance between the middles of consecutive body lines (one at least a
     * quarter as common as the most common), or 0 when none are consecutive.
     */
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
        return smallestCommon(Arrays.copyOf(steps, n));
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    private static double smallestCommon(double[] values) {
        Map<Long, Integer> counts = counts(values);
        int most = counts.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        return counts.entrySet().stream().filter(e -> e.getValue() >= Math.max(2, most / 4.0) || e.getValue() == most)
                .mapToLong(Map.Entry::getKey).min().orElse(0);
    }

    private static Map<Long, Integer> counts(double[] values) {
        Map<Long, Integer> counts = new HashMap<>();
        for (double v : values) counts.merge(Math.round(v), 1, Integer::sum);
        return counts;
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

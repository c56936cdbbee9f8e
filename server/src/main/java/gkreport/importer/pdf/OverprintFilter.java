package gkreport.importer.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops glyphs printed again over themselves: fake bold is the same text shown two to four times,
 * shifted by a fraction of a point. A glyph is a copy when an earlier one with the same text lies
 * within {@link #OVERLAP} of its size (at most {@link #MAX_SHIFT} points, and less than half its
 * width across, so that 「ll」 stays two letters). Linear: kept glyphs are hashed by the square of
 * {@link #SQUARE} points their centre lies in, so that a look-up reads at most four squares.
 */
final class OverprintFilter {
    /** How far apart, as a share of the glyph size, two equal glyphs are still one. */
    private static final double OVERLAP = 0.3;
    /** Fake bold shifts by less than a point; a larger reach would only slow the look-up. */
    private static final double MAX_SHIFT = 2;
    private static final double SQUARE = 2 * MAX_SHIFT;

    private OverprintFilter() {
    }

    static List<Glyph> apply(List<Glyph> glyphs) {
        Map<Long, List<Glyph>> seen = new HashMap<>();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!g.isSpace() && isCopy(g, seen)) continue;
            seen.computeIfAbsent(square(index(g.centreX()), index(g.centreY())), k -> new ArrayList<>(1)).add(g);
            kept.add(g);
        }
        return kept;
    }

    private static boolean isCopy(Glyph g, Map<Long, List<Glyph>> seen) {
        double reachY = Math.min(OVERLAP * g.size(), MAX_SHIFT);
        double reachX = Math.min(reachY, (g.right() - g.left()) / 2);
        for (long x = index(g.centreX() - reachX); x <= index(g.centreX() + reachX); x++) {
            for (long y = index(g.centreY() - reachY); y <= index(g.centreY() + reachY); y++) {
                for (Glyph other : seen.getOrDefault(square(x, y), List.of())) {
                    if (other.text().equals(g.text()) && Math.abs(other.centreX() - g.centreX()) < reachX
                            && Math.abs(other.centreY() - g.centreY()) <= reachY) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static long index(double at) {
        return (long) Math.floor(at / SQUARE);
    }

    /**
     * A square as one number whose hash differs for every square of a page; far outside a page
     * squares may share a number, which only costs a distance test.
     */
    private static long square(long x, long y) {
        return x * 65_536 + y;
    }
}

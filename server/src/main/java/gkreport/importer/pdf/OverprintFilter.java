package gkreport.importer.pdf;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Drops glyphs printed again over themselves: fake bold is the same text shown two to four times,
 * shifted by a fraction of a point. A glyph is a copy when an earlier one with the same text lies
 * within {@link #OVERLAP} of its size (at most {@link #MAX_SHIFT} points, and less than half its
 * width across, so that 「ll」 stays two letters). Linear: kept glyphs are hashed by the one-point
 * square of their centre.
 */
final class OverprintFilter {
    /** How far apart, as a share of the glyph size, two equal glyphs are still one. */
    private static final double OVERLAP = 0.3;
    /** Fake bold shifts by less than a point; a larger reach would only slow the look-up. */
    private static final double MAX_SHIFT = 2;

    private OverprintFilter() {
    }

    static List<Glyph> apply(List<Glyph> glyphs) {
        Map<Long, List<Glyph>> seen = new HashMap<>();
        List<Glyph> kept = new ArrayList<>(glyphs.size());
        for (Glyph g : glyphs) {
            if (!g.isSpace() && isCopy(g, seen)) continue;
            seen.computeIfAbsent(square(g.centreX(), g.centreY()), k -> new ArrayList<>(1)).add(g);
            kept.add(g);
        }
        return kept;
    }

    private static boolean isCopy(Glyph g, Map<Long, List<Glyph>> seen) {
        double reachY = Math.min(OVERLAP * g.size(), MAX_SHIFT);
        double reachX = Math.min(reachY, (g.right() - g.left()) / 2);
        for (double x = Math.floor(g.centreX() - reachX); x <= g.centreX() + reachX; x++) {
            for (double y = Math.floor(g.centreY() - reachY); y <= g.centreY() + reachY; y++) {
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

    /** The one-point square a point lies in, as one number. */
    private static long square(double x, double y) {
        return (long) Math.floor(x) << 32 ^ ((long) Math.floor(y) & 0xffffffffL);
    }
}

package gkreport.importer.pdf;

import java.util.List;

/**
 * Glyphs on one line, left to right, and the line's text: glyphs joined without spaces, except
 * that a space glyph or a gap of a quarter em between two narrow (non-CJK) characters is one
 * space, and so is a gap of a column ({@link #COLUMN_GAP} ems) between a CJK and a narrow
 * character (「规章　　0」 in a table without borders). Letter-spacing and distributed alignment
 * (「总　计」) never make spaces between CJK characters.
 */
record TextLine(List<Glyph> glyphs, String text, double left, double top, double right, double bottom, double size) {
    /** A gap this many ems wide between two narrow characters separates words. */
    private static final double WORD_GAP = 0.25;
    /** A gap this many ems wide is wider than justification makes: it separates columns. */
    private static final double COLUMN_GAP = 1.5;

    /** The line of these glyphs, which lie left to right; spaces at either end are dropped. */
    static TextLine of(List<Glyph> glyphs) {
        int from = 0;
        int to = glyphs.size();
        while (from < to && glyphs.get(from).isSpace()) from++;
        while (to > from && glyphs.get(to - 1).isSpace()) to--;
        List<Glyph> inked = List.copyOf(glyphs.subList(from, to));
        double left = Double.MAX_VALUE, top = Double.MAX_VALUE, right = -Double.MAX_VALUE, bottom = -Double.MAX_VALUE, size = 0;
        for (Glyph g : inked) {
            left = Math.min(left, g.left());
            top = Math.min(top, g.top());
            right = Math.max(right, g.right());
            bottom = Math.max(bottom, g.bottom());
            size = Math.max(size, g.size());
        }
        return new TextLine(inked, text(inked), left, top, right, bottom, size);
    }

    boolean isEmpty() {
        return glyphs.isEmpty();
    }

    double centreY() {
        return (top + bottom) / 2;
    }

    /** Whether a space stands between the text so far, which ends with the glyph before, and the glyph next. */
    private static boolean isSpace(Glyph before, Glyph next, boolean spaceGlyph, CharSequence text) {
        double gap = next.left() - before.right();
        double em = Math.max(next.size(), before.size());
        boolean wideBefore = Script.endsWide(text);
        boolean wideNext = Script.startsWide(next.text());
        if (!wideBefore && !wideNext) return spaceGlyph || gap > WORD_GAP * em;
        return !(wideBefore && wideNext) && gap > COLUMN_GAP * em;
    }

    private static String text(List<Glyph> glyphs) {
        StringBuilder text = new StringBuilder();
        Glyph previous = null;
        boolean spaced = false;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                spaced = true;
                continue;
            }
            if (previous != null && isSpace(previous, g, spaced, text)) text.append(' ');
            text.append(g.text());
            previous = g;
            spaced = false;
        }
        return text.toString();
    }
}

package gkreport.importer.pdf;

/**
 * One glyph shown on a page: its text (a space for a space glyph) and its box, in points from the
 * page's top-left corner, y growing downwards. The box is the glyph's advance across and its em
 * square from the descent to the ascent, not its ink.
 */
record Glyph(String text, double left, double top, double right, double bottom, double size) {
    double centreX() {
        return (left + right) / 2;
    }

    double centreY() {
        return (top + bottom) / 2;
    }

    boolean isSpace() {
        return text.isBlank();
    }
}

package gkreport.importer.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups glyphs into lines by their height on the page, whatever order the content stream showed
 * them in: a glyph joins the line whose middle is within half its size of its own; lines come
 * top to bottom, glyphs left to right. A column of glyphs (the vertical label 「三、本年度办理结果」)
 * is a line per glyph.
 */
final class TextLines {
    private static final double SAME_LINE = 0.5;

    private TextLines() {
    }

    static List<TextLine> of(List<Glyph> glyphs) {
        List<Glyph> byHeight = new ArrayList<>(glyphs);
        byHeight.sort(Comparator.comparingDouble(Glyph::centreY));
        List<TextLine> lines = new ArrayList<>();
        List<Glyph> line = new ArrayList<>();
        double middle = 0;
        double size = 0;
        for (Glyph g : byHeight) {
            if (!line.isEmpty() && g.centreY() - middle > SAME_LINE * Math.min(size, g.size())) {
                add(lines, line);
                line = new ArrayList<>();
            }
            if (line.isEmpty()) {
                middle = g.centreY();
                size = g.size();
            }
            line.add(g);
        }
        add(lines, line);
        return lines;
    }

    private static void add(List<TextLine> lines, List<Glyph> glyphs) {
        if (glyphs.isEmpty()) return;
        glyphs.sort(Comparator.comparingDouble(Glyph::left));
        TextLine line = TextLine.of(glyphs);
        if (!line.isEmpty()) lines.add(line);
    }
}

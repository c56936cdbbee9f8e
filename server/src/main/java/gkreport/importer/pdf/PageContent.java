package gkreport.importer.pdf;

import java.util.List;

/** What one page shows that matters here: its glyphs and its candidate cell borders, in points from its top-left corner, and its height. */
record PageContent(int number, double height, List<Glyph> glyphs, List<Ruling> rulings) {
    PageContent {
        glyphs = List.copyOf(glyphs);
        rulings = List.copyOf(rulings);
    }
}

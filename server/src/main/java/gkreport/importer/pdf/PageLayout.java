package gkreport.importer.pdf;

import gkreport.importer.ImportedDocument;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One page taken apart: its tables (each with the grid of its cells' text; ruled ones, and those
 * whose columns the alignment of their numbers shows, {@link AlignedColumns}) and the lines of
 * text outside them, page numbers dropped. Overprinted copies of glyphs (fake bold) are gone first.
 */
record PageLayout(int number, List<TextLine> lines, List<PlacedTable> tables) {
    /** A table's grid of cell texts, its geometry on the page and the glyphs inside it. */
    record PlacedTable(TableGrid table, ImportedDocument.Grid grid, List<Glyph> glyphs) {
        double top() {
            return table.top();
        }

        double bottom() {
            return table.bottom();
        }

        /** The lines of text in the region (an index into {@link TableGrid#regions()}), top to bottom. */
        List<TextLine> linesIn(int region) {
            return TextLines.of(glyphs.stream().filter(g -> table.regionAt(g.centreX(), g.centreY()) == region).toList());
        }

        /** The same table with other cell texts (a row joined or taken away). */
        PlacedTable with(ImportedDocument.Grid other) {
            return new PlacedTable(table, other, glyphs);
        }
    }

    static PageLayout of(PageContent page) {
        List<Glyph> glyphs = OverprintFilter.apply(page.glyphs());
        List<TableGrid> grids = TableFinder.find(page.rulings());
        List<List<Glyph>> inTable = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) inTable.add(new ArrayList<>());
        List<Glyph> outside = new ArrayList<>();
        for (Glyph g : glyphs) {
            int table = tableOf(grids, g);
            if (table >= 0) inTable.get(table).add(g);
            else outside.add(g);
        }
        List<PlacedTable> tables = new ArrayList<>();
        for (int i = 0; i < grids.size(); i++) {
            if (inTable.get(i).stream().allMatch(Glyph::isSpace)) continue; // a ruled box with nothing in it
            tables.add(new PlacedTable(grids.get(i), TableText.of(grids.get(i), inTable.get(i)), inTable.get(i)));
        }
        List<TextLine> lines = new ArrayList<>(PageFurniture.withoutPageNumbers(TextLines.of(outside), page.height()));
        for (AlignedColumns.Found found : AlignedColumns.find(lines)) {
            List<Glyph> inside = found.lines().stream().flatMap(l -> l.glyphs().stream()).toList();
            tables.add(new PlacedTable(found.grid(), found.text(), inside));
            lines.removeAll(found.lines());
        }
        tables.sort(Comparator.comparingDouble(PlacedTable::top));
        return new PageLayout(page.number(), List.copyOf(lines), tables);
    }

    private static int tableOf(List<TableGrid> grids, Glyph g) {
        for (int i = 0; i < grids.size(); i++) {
            if (grids.get(i).regionAt(g.centreX(), g.centreY()) >= 0) return i;
        }
        return -1;
    }
}

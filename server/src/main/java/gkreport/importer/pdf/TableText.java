package gkreport.importer.pdf;

import gkreport.grammar.syntax.CellValue;
import gkreport.importer.ImportedDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A table's grid with its cells' text: each glyph goes to the cell that holds its centre; a
 * merged cell's text stands in its top-left position, and the other positions it covers hold
 * {@link CellValue#MERGED_LEFT} in its first row and {@link CellValue#MERGED_ABOVE} below.
 */
final class TableText {
    private TableText() {
    }

    /** The table's grid; the glyphs are those inside it. */
    static ImportedDocument.Grid of(TableGrid table, List<Glyph> glyphs) {
        List<List<Glyph>> inRegion = new ArrayList<>();
        for (int i = 0; i < table.regions().size(); i++) inRegion.add(new ArrayList<>());
        for (Glyph g : glyphs) {
            int region = table.regionAt(g.centreX(), g.centreY());
            if (region >= 0) inRegion.get(region).add(g);
        }
        List<List<String>> rows = new ArrayList<>();
        for (int r = 0; r < table.rows(); r++) {
            List<String> row = new ArrayList<>();
            for (int c = 0; c < table.columns(); c++) {
                int region = table.regionAt(r, c);
                TableGrid.Region cell = table.regions().get(region);
                if (cell.r0() == r && cell.c0() == c) row.add(CellText.of(inRegion.get(region)));
                else row.add(cell.r0() == r ? CellValue.MERGED_LEFT : CellValue.MERGED_ABOVE);
            }
            rows.add(row);
        }
        return new ImportedDocument.Grid(rows);
    }
}

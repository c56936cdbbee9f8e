package gkreport.importer.pdf;

import gkreport.grammar.syntax.CellValue;
import gkreport.importer.ImportedDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins a table row that a page break cut in two. Word, WPS and LibreOffice let a row break
 * across pages: its upper part ends one page's part of the table, and its lower part opens the
 * next page's part as a row of its own that holds the rest of its labels (「（四）无法提」 above,
 * 「供」 below) and its numbers only when the upper part has none. The lower row is appended cell by cell to the row
 * above it when the pages show one row: the first part is the last thing on its page and the
 * second the first thing on the next (page numbers aside), the two rows' cells stand at the same
 * x-positions, and the lower row continues the upper ({@link #continues}).
 * A table's last row on its page is its grid's last row; its first rows may have been joined to
 * the page before. The page break between the two parts stays.
 */
final class SplitRows {
    /** A cell's text stands at most this many ems from its borders. */
    private static final double PADDING = 1;
    private static final Pattern NUMBER = Pattern.compile("[-+−]?\\d+(?:[.,，]\\d+)*%?");

    private SplitRows() {
    }

    static List<PageLayout> joined(List<PageLayout> pages) {
        List<PageLayout> out = new ArrayList<>(pages);
        for (int i = 1; i < out.size(); i++) {
            PageLayout before = out.get(i - 1);
            PageLayout after = out.get(i);
            PageLayout.PlacedTable upper = tableEndingPage(before);
            PageLayout.PlacedTable lower = tableOpeningPage(after);
            if (upper == null || lower == null || !continues(upper, lower)) continue;
            List<PageLayout.PlacedTable> upperTables = new ArrayList<>(before.tables());
            upperTables.set(upperTables.size() - 1, upper.with(joinedRows(upper, lower)));
            List<PageLayout.PlacedTable> lowerTables = new ArrayList<>(after.tables());
            if (lower.grid().rows().size() == 1) lowerTables.remove(0);
            else lowerTables.set(0, lower.with(withoutFirstRow(lower.grid())));
            out.set(i - 1, new PageLayout(before.number(), before.lines(), upperTables));
            out.set(i, new PageLayout(after.number(), after.lines(), lowerTables));
        }
        return out;
    }

    /** The page's last table, when no text follows it. */
    private static PageLayout.PlacedTable tableEndingPage(PageLayout page) {
        if (page.tables().isEmpty()) return null;
        PageLayout.PlacedTable last = page.tables().get(page.tables().size() - 1);
        return page.lines().stream().anyMatch(l -> l.centreY() > last.bottom()) ? null : last;
    }

    /** The page's first table, when no text comes before it. */
    private static PageLayout.PlacedTable tableOpeningPage(PageLayout page) {
        if (page.tables().isEmpty()) return null;
        PageLayout.PlacedTable first = page.tables().get(0);
        return page.lines().stream().anyMatch(l -> l.centreY() < first.top()) ? null : first;
    }

    /**
     * Whether the lower part's first row is the rest of the upper part's last row. Its text stands
     * under text it continues, and its numbers, if any, under blank cells of an upper part that has
     * none (cells centred in their height put a row's numbers in either part). Then either some of
     * that text continues a full line (a label cut by the break), or the row is a heading row
     * without numbers whose first cell does not run on. A lower row with numbers, or with text
     * under a blank cell, takes a label cut by the break.
     */
    private static boolean continues(PageLayout.PlacedTable upper, PageLayout.PlacedTable lower) {
        int last = upper.grid().rows().size() - 1;
        int[] above = upper.table().cellStarts(upper.table().rows() - 1);
        int[] below = lower.table().cellStarts(0);
        if (!sameEdges(upper.table(), above, lower.table(), below)) return false;
        boolean upperNumber = false;
        boolean lowerNumber = false;
        boolean continued = false;
        boolean underBlank = false;
        boolean wraps = false;
        for (int k = 0; k < above.length; k++) {
            String top = ownerText(upper.grid(), last, above[k]);
            String bottom = lower.grid().rows().get(0).get(below[k]);
            upperNumber |= isNumber(top);
            if (bottom.isBlank()) continue;
            if (isNumber(bottom) || top.isBlank()) {
                if (!top.isBlank()) return false;
                lowerNumber |= isNumber(bottom);
                underBlank |= !isNumber(bottom);
                continue;
            }
            if (isNumber(top)) return false;
            continued = true;
            wraps |= wrapsOver(upper, above[k], lower, below[k]);
        }
        if (!continued || upperNumber && lowerNumber) return false;
        if (lowerNumber || underBlank) return wraps;
        boolean headingRow = !upperNumber && lower.grid().rows().get(0).get(0).isBlank();
        return wraps || headingRow;
    }

    /**
     * Whether the upper cell's text runs on below: its last line is full, ending closer to the
     * cell's right border than the lower cell's first glyph is wide, and the cell's padding.
     */
    private static boolean wrapsOver(PageLayout.PlacedTable upper, int column, PageLayout.PlacedTable lower, int lowerColumn) {
        int above = upper.table().regionAt(upper.table().rows() - 1, column);
        int below = lower.table().regionAt(0, lowerColumn);
        List<TextLine> upperLines = upper.linesIn(above);
        List<TextLine> lowerLines = lower.linesIn(below);
        if (upperLines.isEmpty() || lowerLines.isEmpty()) return false;
        TextLine last = upperLines.get(upperLines.size() - 1);
        Glyph next = lowerLines.get(0).glyphs().get(0);
        double border = upper.table().x(upper.table().regions().get(above).c1() + 1);
        return border - last.right() < next.right() - next.left() + PADDING * last.size();
    }

    /** Whether the two rows' cells begin and end at the same x-positions. */
    private static boolean sameEdges(TableGrid a, int[] aStarts, TableGrid b, int[] bStarts) {
        if (aStarts.length != bStarts.length) return false;
        for (int k = 0; k < aStarts.length; k++) {
            if (Math.abs(a.x(aStarts[k]) - b.x(bStarts[k])) > TableFinder.TOLERANCE) return false;
        }
        return Math.abs(a.x(a.columns()) - b.x(b.columns())) <= TableFinder.TOLERANCE;
    }

    /** The row of the cell at (row, column): where a cell merged from the rows above begins. */
    private static int ownerRow(ImportedDocument.Grid grid, int row, int column) {
        int r = row;
        while (r > 0 && grid.rows().get(r).get(column).equals(CellValue.MERGED_ABOVE)) r--;
        return r;
    }

    private static String ownerText(ImportedDocument.Grid grid, int row, int column) {
        String text = grid.rows().get(ownerRow(grid, row, column)).get(column);
        return text.equals(CellValue.MERGED_ABOVE) ? "" : text;
    }

    private static boolean isNumber(String text) {
        return NUMBER.matcher(text.strip()).matches();
    }

    /** The upper part's grid with each text of the lower row appended to the cell above it. */
    private static ImportedDocument.Grid joinedRows(PageLayout.PlacedTable upper, PageLayout.PlacedTable lower) {
        List<List<String>> rows = new ArrayList<>();
        for (List<String> row : upper.grid().rows()) rows.add(new ArrayList<>(row));
        int last = rows.size() - 1;
        int[] above = upper.table().cellStarts(upper.table().rows() - 1);
        int[] below = lower.table().cellStarts(0);
        for (int k = 0; k < above.length; k++) {
            List<String> owner = rows.get(ownerRow(upper.grid(), last, above[k]));
            owner.set(above[k], CellText.joined(owner.get(above[k]), lower.grid().rows().get(0).get(below[k])));
        }
        return new ImportedDocument.Grid(rows);
    }

    /** The grid without its first row; a cell merged down from that row is blank in the next, as a cell continued from the page before is. */
    private static ImportedDocument.Grid withoutFirstRow(ImportedDocument.Grid grid) {
        List<List<String>> rows = new ArrayList<>(grid.rows().subList(1, grid.rows().size()));
        rows.set(0, rows.get(0).stream().map(c -> c.equals(CellValue.MERGED_ABOVE) ? "" : c).toList());
        return new ImportedDocument.Grid(rows);
    }
}

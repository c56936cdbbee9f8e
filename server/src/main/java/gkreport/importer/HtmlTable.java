package gkreport.importer;

import static gkreport.grammar.syntax.CellValue.MERGED_ABOVE;
import static gkreport.grammar.syntax.CellValue.MERGED_LEFT;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table as a grid: a cell spanning rows or columns keeps its text in its first position,
 * the others hold the marks of merged cells ({@link ImportedDocument.Grid}). Spans are clipped as browsers clip them (colspan to 1000,
 * rowspan to the table's end), and a table whose grid would exceed {@link ImportLimits#MAX_HTML_TABLE_CELLS}
 * is refused before its grid is laid out further.
 */
final class HtmlTable {
    private HtmlTable() {
    }

    static ImportedDocument.Grid grid(Element table) throws UnreadableFileException {
        List<Element> trs = rows(table);
        List<List<String>> grid = new ArrayList<>();
        for (int r = 0; r < trs.size(); r++) grid.add(new ArrayList<>());
        long cells = 0;
        for (int r = 0; r < trs.size(); r++) {
            int col = 0;
            for (Element cell : trs.get(r).children()) {
                if (!cell.nameIs("td") && !cell.nameIs("th")) continue;
                while (col < grid.get(r).size() && grid.get(r).get(col) != null) col++;
                int colspan = span(cell.attr("colspan"), ImportLimits.MAX_SPAN);
                int rowspan = span(cell.attr("rowspan"), trs.size() - r);
                cells += (long) colspan * rowspan;
                if (cells > ImportLimits.MAX_HTML_TABLE_CELLS) {
                    throw new UnreadableFileException(Message.of("import.tableTooLarge", ImportLimits.MAX_HTML_TABLE_CELLS));
                }
                String text = HtmlBlocks.cellText(cell);
                for (int i = 0; i < rowspan; i++) {
                    for (int j = 0; j < colspan; j++) put(grid.get(r + i), col + j, i > 0 ? MERGED_ABOVE : j > 0 ? MERGED_LEFT : text);
                }
                col += colspan;
            }
        }
        for (List<String> row : grid) row.replaceAll(c -> c == null ? "" : c);
        return new ImportedDocument.Grid(grid);
    }

    /** The table's own rows, in thead, tbody, tfoot or directly under it; not those of tables inside. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            if (child.nameIs("tr")) rows.add(child);
            else if (child.nameIs("thead") || child.nameIs("tbody") || child.nameIs("tfoot")) {
                for (Element tr : child.children()) if (tr.nameIs("tr")) rows.add(tr);
            }
        }
        return rows;
    }

    private static void put(List<String> row, int col, String text) {
        while (row.size() <= col) row.add(null);
        row.set(col, text);
    }

    /** A span attribute: 1 when absent or not a positive number, at most max. */
    private static int span(String value, int max) {
        try {
            int n = Integer.parseInt(value.strip());
            return Math.max(1, Math.min(n, max));
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}

package gkreport.importer;

import gkreport.grammar.syntax.CellValue;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the body of a Word document, element by element in order, into blocks: paragraphs with
 * their numbering labels, tables as grids (merged cells as their marks), content controls as their
 * text. Headers, footers, notes and text boxes are not part of the report's text and are left out.
 */
final class DocxContent {
    private final WordNumbering numbering;
    private final WordText text;

    DocxContent(WordNumbering numbering, WordText text) {
        this.numbering = numbering;
        this.text = text;
    }

    /** The block of one child of w:body, or null for what is not a paragraph, table or content control. */
    ImportedDocument.Block block(WordElement element) {
        return switch (element.name()) {
            case "p" -> new ImportedDocument.Paragraph(text(element));
            case "tbl" -> grid(element);
            case "sdt" -> new ImportedDocument.Paragraph(text.control(element));
            default -> null;
        };
    }

    /** The paragraph's text after its numbering label, e.g. 「四、」 + 「政府信息公开行政复议…」. */
    private String text(WordElement p) {
        WordElement pPr = p.child("pPr");
        WordElement numPr = pPr == null ? null : pPr.child("numPr");
        String numId = numPr == null ? null : numPr.val("numId");
        Integer ilvl = numPr == null || numPr.val("ilvl") == null ? null : numPr.intVal("ilvl", 0);
        String styleId = pPr == null ? null : pPr.val("pStyle");
        return numbering.label(numId, ilvl, styleId) + text.paragraph(p);
    }

    private ImportedDocument.Grid grid(WordElement table) {
        List<List<String>> rows = new ArrayList<>();
        for (WordElement row : table.children()) {
            if (!row.name().equals("tr")) continue;
            List<String> cells = new ArrayList<>();
            WordElement trPr = row.child("trPr");
            pad(cells, trPr == null ? 0 : trPr.intVal("gridBefore", 0), "");
            for (WordElement cell : row.children()) {
                if (!cell.name().equals("tc")) continue;
                WordElement tcPr = cell.child("tcPr");
                int span = Math.max(1, tcPr == null ? 1 : tcPr.intVal("gridSpan", 1));
                if (mergedAbove(tcPr)) {
                    pad(cells, span, CellValue.MERGED_ABOVE);
                } else {
                    cells.add(mergedLeft(tcPr) ? CellValue.MERGED_LEFT : cellText(cell));
                    pad(cells, span - 1, CellValue.MERGED_LEFT);
                }
            }
            rows.add(cells);
        }
        return new ImportedDocument.Grid(rows);
    }

    /** A cell that continues a vertical merge shows nothing of its own: it is part of the cell above. */
    private static boolean mergedAbove(WordElement tcPr) {
        WordElement vMerge = tcPr == null ? null : tcPr.child("vMerge");
        return vMerge != null && !"restart".equals(vMerge.attr("val"));
    }

    /** A cell that continues a legacy horizontal merge is part of the cell on its left. */
    private static boolean mergedLeft(WordElement tcPr) {
        return tcPr != null && "continue".equals(tcPr.val("hMerge"));
    }

    /** The cell's paragraphs joined by line breaks; a table inside a cell gives its text row by row. */
    private String cellText(WordElement cell) {
        List<String> lines = new ArrayList<>();
        for (WordElement element : cell.children()) {
            switch (element.name()) {
                case "p" -> lines.add(text(element));
                case "tbl" -> grid(element).rows().forEach(row -> lines.add(ImportedDocument.Grid.rowText(row)));
                case "sdt" -> lines.add(text.control(element));
                default -> {
                }
            }
        }
        return String.join("\n", lines).strip();
    }

    private static void pad(List<String> cells, int count, String text) {
        for (int i = 0; i < Math.min(count, ImportLimits.MAX_SPAN); i++) cells.add(text);
    }
}

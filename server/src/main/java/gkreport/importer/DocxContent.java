package gkreport.importer;

import gkreport.grammar.syntax.CellValue;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.w3c.dom.Element;

/**
 * Walks the body of a Word document in order: paragraphs with their numbering labels, tables as
 * grids (merged cells as their marks), content controls as their text. Headers, footers, notes
 * and text boxes are not part of the report's text and are left out.
 */
final class DocxContent {
    private final WordNumbering numbering;

    DocxContent(WordNumbering numbering) {
        this.numbering = numbering;
    }

    List<ImportedDocument.Block> blocks(List<IBodyElement> body) {
        List<ImportedDocument.Block> out = new ArrayList<>();
        for (IBodyElement element : body) {
            if (element instanceof XWPFParagraph p) out.add(new ImportedDocument.Paragraph(text(p)));
            else if (element instanceof XWPFTable t) out.add(grid(t));
            else if (element instanceof XWPFSDT sdt) out.add(new ImportedDocument.Paragraph(sdt.getContent().getText()));
        }
        return out;
    }

    /** The paragraph's text after its numbering label, e.g. 「四、」 + 「政府信息公开行政复议…」. */
    String text(XWPFParagraph p) {
        Element pPr = Ooxml.child(p.getCTP().getDomNode(), "pPr");
        return numbering.label(pPr, p.getStyleID()) + p.getText();
    }

    private ImportedDocument.Grid grid(XWPFTable table) {
        List<List<String>> rows = new ArrayList<>();
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            Element trPr = Ooxml.child(row.getCtRow().getDomNode(), "trPr");
            pad(cells, Ooxml.intVal(trPr, "gridBefore", 0), "");
            for (XWPFTableCell cell : row.getTableCells()) {
                Element tcPr = Ooxml.child(cell.getCTTc().getDomNode(), "tcPr");
                int span = Math.max(1, Ooxml.intVal(tcPr, "gridSpan", 1));
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
    private static boolean mergedAbove(Element tcPr) {
        Element vMerge = Ooxml.child(tcPr, "vMerge");
        return vMerge != null && !"restart".equals(Ooxml.attr(vMerge, "val"));
    }

    /** A cell that continues a legacy horizontal merge is part of the cell on its left. */
    private static boolean mergedLeft(Element tcPr) {
        return "continue".equals(Ooxml.val(tcPr, "hMerge"));
    }

    /** The cell's paragraphs joined by line breaks; a table inside a cell gives its text row by row. */
    private String cellText(XWPFTableCell cell) {
        List<String> lines = new ArrayList<>();
        for (IBodyElement element : cell.getBodyElements()) {
            if (element instanceof XWPFParagraph p) lines.add(text(p));
            else if (element instanceof XWPFTable nested) {
                for (List<String> row : grid(nested).rows()) lines.add(ImportedDocument.Grid.rowText(row));
            } else if (element instanceof XWPFSDT sdt) lines.add(sdt.getContent().getText());
        }
        return String.join("\n", lines).strip();
    }

    private static void pad(List<String> cells, int count, String text) {
        for (int i = 0; i < Math.min(count, ImportLimits.MAX_SPAN); i++) cells.add(text);
    }
}

package gkreport.importer;

import gkreport.grammar.CellValues;
import gkreport.grammar.syntax.CellValue;
import java.util.List;

/**
 * A report as read from a .docx or .html file, before it is written in the canonical form:
 * its paragraphs and tables in document order.
 */
public record ImportedDocument(List<Block> blocks) {
    public ImportedDocument {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph, a table, or where a page of a PDF begins. */
    public sealed interface Block permits Paragraph, Grid, PageBreak {
    }

    /**
     * A paragraph: its text with automatic numbering rendered; a line break inside it is a {@code '\n'}.
     */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table as a grid: one list of cell texts per row. A merged cell keeps its text in its first
     * grid position; the other positions it covers hold {@link CellValue#MERGED_LEFT} in its first
     * row and {@link CellValue#MERGED_ABOVE} in the rows below, so that they are never read as blank
     * cells. A line break inside a cell is a {@code '\n'}.
     */
    public record Grid(List<List<String>> rows) implements Block {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }

        /** A row's text as one line: its cells that hold text, joined by spaces (a table nested in a cell). */
        public static String rowText(List<String> row) {
            return String.join(" ", row.stream().filter(c -> !c.isBlank() && !CellValues.isMergedMark(c)).toList());
        }
    }

    /** Where page {@code page} (from 1) of a PDF begins; what follows, up to the next, stands on it. */
    public record PageBreak(int page) implements Block {
    }
}

package gkreport.importer;

import java.util.List;

/**
 * A report as read from a .docx or .html file, before it is written in the canonical form:
 * its paragraphs and tables in document order.
 */
public record ImportedDocument(List<Block> blocks) {
    public ImportedDocument {
        blocks = List.copyOf(blocks);
    }

    /** A paragraph or a table. */
    public sealed interface Block permits Paragraph, Grid {
    }

    /**
     * A paragraph: its text with automatic numbering rendered; a line break inside it is a {@code '\n'}.
     */
    public record Paragraph(String text) implements Block {
    }

    /**
     * A table as a grid: one list of cell texts per row. A merged cell keeps its text in its first
     * grid position and leaves the others empty; a line break inside a cell is a {@code '\n'}.
     */
    public record Grid(List<List<String>> rows) implements Block {
        public Grid {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}

package gkreport.grammar.syntax;

import gkreport.grammar.SourceText;
import java.util.List;

/**
 * The syntax tree of one report: its text, its blocks in order, and the page marks of a text
 * imported from a PDF (none for other texts).
 */
public record Document(SourceText source, List<Block> blocks, List<PageMark> pageMarks) {
    public Document {
        blocks = List.copyOf(blocks);
        pageMarks = List.copyOf(pageMarks);
    }

    public Document(SourceText source, List<Block> blocks) {
        this(source, blocks, List.of());
    }

    /** The page the offset lies on, or 0 when the text has no page marks or the offset lies before the first. */
    public int pageAt(int offset) {
        int page = 0;
        for (PageMark mark : pageMarks) {
            if (mark.range().start() > offset) break;
            page = mark.page();
        }
        return page;
    }
}

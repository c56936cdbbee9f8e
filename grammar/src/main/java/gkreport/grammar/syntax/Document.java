package gkreport.grammar.syntax;

import gkreport.grammar.SourceText;
import java.util.List;

/** The syntax tree of one report: its text and its blocks in order. */
public record Document(SourceText source, List<Block> blocks) {
    public Document {
        blocks = List.copyOf(blocks);
    }
}

package gkreport.model;

import gkreport.grammar.syntax.Block;
import java.util.List;

/** A section: its heading and the blocks up to the next heading. */
public record Section(SectionHeading heading, List<Block> body) {
    public Section {
        body = List.copyOf(body);
    }
}

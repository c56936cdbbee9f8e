package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;
import java.util.List;

/** Consecutive table rows, blank lines allowed between them, ended by a line of prose. */
public record Table(TextRange range, List<Row> rows) implements Block {
    public Table {
        rows = List.copyOf(rows);
    }
}

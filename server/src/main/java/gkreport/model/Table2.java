package gkreport.model;

import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import java.util.List;

/**
 * Table 二 as read.
 *
 * @param syntax      the table as written
 * @param blocks      its blocks in order
 * @param unknownRows rows that belong to no block of the format (provincial additions, stray rows)
 */
public record Table2(Table syntax, List<Block> blocks, List<DataRow> unknownRows) {
    public Table2 {
        blocks = List.copyOf(blocks);
        unknownRows = List.copyOf(unknownRows);
    }

    /**
     * A block opened by a caption row.
     *
     * @param spec    the format's block, or null when the caption names an item the format lacks
     * @param caption the caption row
     * @param rows    its data rows, matched to the format's rows
     */
    public record Block(Table2Spec.BlockSpec spec, Row caption, String item, List<DataRow> rows) {
        public Block {
            rows = List.copyOf(rows);
        }
    }

    public List<DataRow> allRows() {
        return blocks.stream().flatMap(b -> b.rows().stream()).toList();
    }
}

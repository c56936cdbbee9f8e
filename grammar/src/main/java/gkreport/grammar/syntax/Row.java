package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;
import java.util.List;

/** One table row in one of the text forms, with its cells in order. */
public record Row(TextRange range, int firstLine, RowForm form, List<Cell> cells) {
    public Row {
        cells = List.copyOf(cells);
    }

    /** A Markdown separator row such as |---|:---:|. */
    public boolean isSeparator() {
        return form == RowForm.PIPE && !cells.isEmpty()
                && cells.stream().allMatch(c -> c.text().strip().matches(":?-{2,}:?|"))
                && cells.stream().anyMatch(c -> !c.text().isBlank());
    }
}

package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;

/**
 * One table cell.
 *
 * @param text  the cell's text, trimmed; a cell continued over several lines keeps its line breaks,
 *              except one a space-aligned table's layout wrapped, which is joined without them
 * @param range the trimmed text's span, or an empty range where the cell stands when it is blank
 */
public record Cell(String text, TextRange range) {
    public boolean isBlank() {
        return text.isBlank();
    }
}

package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;

/**
 * A line 「&lt;!-- 第3页 --&gt;」 that a PDF's import writes where a page begins: the text from there
 * on is that page's. It is not a block: a table running over the page break stays one table.
 *
 * @param range the marker's line, without its line break
 * @param line  0-based line number
 * @param page  the page number, from 1
 */
public record PageMark(TextRange range, int line, int page) {
}

package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;

/**
 * A line of prose or a heading.
 *
 * @param range        the whole line without its line break
 * @param line         0-based line number
 * @param text         the line's text
 * @param prefix       Markdown marks and heading numeral at its start
 * @param contentRange the text after marks and numeral, without closing Markdown marks
 */
public record TextLine(TextRange range, int line, String text, HeadingPrefix prefix, TextRange contentRange)
        implements Block {
}

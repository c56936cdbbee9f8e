package gkreport.model;

import gkreport.grammar.TextRange;

/**
 * The report's title, possibly written over two lines.
 *
 * @param range     the title's text
 * @param text      the title, lines joined
 * @param agency    the agency named before the year, or null
 * @param year      the year it reports on, or null when it names none
 * @param yearRange where the year is written, or null
 */
public record Title(TextRange range, String text, String agency, Integer year, TextRange yearRange) {
}

package gkreport.model;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Numeral;
import gkreport.grammar.syntax.TextLine;

/**
 * A line recognised as the heading of one of the six sections.
 *
 * @param spec         the section it opens
 * @param line         the line
 * @param numeral      its numeral, or null when it has none
 * @param numeralRange where the numeral is written (an empty range before the wording when none)
 * @param wording      the wording after the numeral
 * @param wordingRange where the wording is written
 */
public record SectionHeading(SectionSpec spec, TextLine line, Numeral numeral, TextRange numeralRange,
                             String wording, TextRange wordingRange) {
}

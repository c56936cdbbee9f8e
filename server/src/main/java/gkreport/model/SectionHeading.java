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
 * @param byPosition   true when the wording is not the section's: the line was taken for its heading by its
 *                     numeral and place (「六、需要说明的其他事项与附表」 between section 五 and the end)
 */
public record SectionHeading(SectionSpec spec, TextLine line, Numeral numeral, TextRange numeralRange,
                             String wording, TextRange wordingRange, boolean byPosition) {
}

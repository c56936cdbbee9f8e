package gkreport.model;

import gkreport.grammar.TextRange;

/**
 * A line after the title holding only a date: the signature date at the end, or the publication date
 * under the title. Either is the day the report was issued, in the year after the one it covers.
 *
 * @param date  the date
 * @param text  the line as written, stripped
 * @param range the date's line
 */
public record DatedLine(CalendarDate date, String text, TextRange range) {
}

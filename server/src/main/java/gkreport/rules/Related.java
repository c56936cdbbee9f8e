package gkreport.rules;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;

/**
 * Another place a finding involves, e.g. an operand cell of a broken sum, or last year's cell in
 * another file.
 *
 * @param location the file or document the place is in, or null for the finding's own
 * @param source   that file's text, to turn the range into lines and columns; null for the finding's own
 */
public record Related(TextRange range, Message message, String location, SourceText source) {
    public static Related here(TextRange range, Message message) {
        return new Related(range, message, null, null);
    }

    /** A place in another file, whose text converts the range to lines and columns. */
    public static Related in(String location, SourceText source, TextRange range, Message message) {
        return new Related(range, message, location, source);
    }

    /** The text the range points into: the other file's, or the given text of the finding's own. */
    public SourceText sourceOr(SourceText own) {
        return source != null ? source : own;
    }
}

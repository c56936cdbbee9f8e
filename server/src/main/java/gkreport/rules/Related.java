package gkreport.rules;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.text.Message;

/**
 * Another place a finding involves, e.g. an operand cell of a broken sum, or last year's cell in
 * another file.
 *
 * @param location the file or document the place is in, or null for the finding's own
 * @param source   that file's text, to turn the range into lines and columns; null for the finding's own
 */
public record Related(TextRange range, Message message, String location, SourceText source) {
    private static final String OPERAND = "related.operand";

    public static Related here(TextRange range, Message message) {
        return new Related(range, message, null, null);
    }

    /** A cell of the finding's own report that a relation adds up or compares, with its value. */
    public static Related operand(TextRange range, Message place, String value) {
        return here(range, Message.of(OPERAND, place, value));
    }

    /** Whether this is an operand cell, which terse output leaves out (the finding names the sum). */
    public boolean isOperand() {
        return location == null && message.key().equals(OPERAND);
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

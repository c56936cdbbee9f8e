package gkreport.rules;

import gkreport.grammar.TextRange;

/**
 * Another place a finding involves, e.g. an operand cell of a broken sum.
 *
 * @param location the file or document the place is in, or null for the finding's own
 */
public record Related(TextRange range, Message message, String location) {
    public static Related here(TextRange range, Message message) {
        return new Related(range, message, null);
    }
}

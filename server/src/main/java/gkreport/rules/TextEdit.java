package gkreport.rules;

import gkreport.grammar.TextRange;

/** Replace the text in range with newText. */
public record TextEdit(TextRange range, String newText) {
}

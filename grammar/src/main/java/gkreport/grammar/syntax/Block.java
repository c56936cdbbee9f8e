package gkreport.grammar.syntax;

import gkreport.grammar.TextRange;

/** A top-level piece of a document: a line of prose or heading, or a table. */
public sealed interface Block permits TextLine, Table {
    TextRange range();
}

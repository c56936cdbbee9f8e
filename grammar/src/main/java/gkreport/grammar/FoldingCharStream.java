package gkreport.grammar;

import java.util.function.IntUnaryOperator;
import org.antlr.v4.runtime.ANTLRInputStream;

/**
 * A character stream that shows the lexer an ASCII stand-in for every character above ASCII.
 * ANTLR's lexer caches its DFA only for characters below 128, so Chinese text otherwise takes
 * the slow path for every character; folded, it runs from the cache. The stand-in must be one
 * the grammar treats exactly as the original everywhere. Token texts and offsets still come from
 * the original text, indexed by UTF-16 unit.
 */
@SuppressWarnings("deprecation") // ANTLRInputStream indexes by UTF-16 unit, as SourceText does
final class FoldingCharStream extends ANTLRInputStream {
    /** The stand-in for characters the grammar does not tell apart from ordinary text. */
    static final int PLACEHOLDER = 'x';
    private final IntUnaryOperator fold;

    /** @param fold a character at or above 128 → what the lexer sees instead */
    FoldingCharStream(String text, IntUnaryOperator fold) {
        super(text);
        this.fold = fold;
    }

    @Override
    public int LA(int i) {
        int c = super.LA(i);
        return c < 128 ? c : fold.applyAsInt(c);
    }
}

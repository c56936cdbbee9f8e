package gkreport.grammar;

import java.util.function.IntPredicate;
import org.antlr.v4.runtime.ANTLRInputStream;

/**
 * A character stream that shows the lexer every character it does not distinguish as one
 * placeholder. ANTLR's lexer caches its DFA only for characters below 128, so Chinese text
 * otherwise takes the slow path for every character; folded, it runs from the cache. Token
 * texts and offsets still come from the original text, indexed by UTF-16 unit.
 */
@SuppressWarnings("deprecation") // ANTLRInputStream indexes by UTF-16 unit, as SourceText does
final class FoldingCharStream extends ANTLRInputStream {
    private static final int PLACEHOLDER = 'x';
    private final IntPredicate significant;

    FoldingCharStream(String text, IntPredicate significant) {
        super(text);
        this.significant = significant;
    }

    @Override
    public int LA(int i) {
        int c = super.LA(i);
        return c < 128 || significant.test(c) ? c : PLACEHOLDER;
    }
}

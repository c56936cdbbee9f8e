package gkreport.grammar;

import java.util.function.IntUnaryOperator;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.IntStream;
import org.antlr.v4.runtime.misc.Interval;

/**
 * A character stream over a string that shows the lexer an ASCII stand-in for every character
 * above ASCII. ANTLR's lexer caches its DFA only for characters below 128, so Chinese text
 * otherwise takes the slow path for every character; folded, it runs from the cache. The stand-in
 * must be one the grammar treats exactly as the original everywhere. Token texts and offsets come
 * from the original text, indexed by UTF-16 unit. The text is read where it lies, not copied: a
 * large document's parse needs no second copy of it.
 */
final class FoldingCharStream implements CharStream {
    /** The stand-in for characters the grammar does not tell apart from ordinary text. */
    static final int PLACEHOLDER = 'x';
    private final String text;
    private final String ending;
    private final IntUnaryOperator fold;
    private final int length;
    private final int size;
    private int index;

    /** @param fold a character at or above 128 → what the lexer sees instead */
    FoldingCharStream(String text, IntUnaryOperator fold) {
        this(text, "", fold);
    }

    /**
     * @param ending characters the lexer sees after the text's end (a line break the last line
     *               lacks), with offsets past it
     */
    FoldingCharStream(String text, String ending, IntUnaryOperator fold) {
        this.text = text;
        this.ending = ending;
        this.fold = fold;
        this.length = text.length();
        this.size = length + ending.length();
    }

    private char charAt(int i) {
        return i < length ? text.charAt(i) : ending.charAt(i - length);
    }

    @Override
    public int LA(int i) {
        if (i == 0) return 0;
        int at = i > 0 ? index + i - 1 : index + i;
        char c;
        if (at >= 0 && at < length) c = text.charAt(at); // the lexer's every step: kept short
        else if (at >= length && at < size) c = ending.charAt(at - length);
        else return IntStream.EOF;
        return c < 128 ? c : fold.applyAsInt(c);
    }

    @Override
    public void consume() {
        if (index >= size()) throw new IllegalStateException("cannot consume EOF");
        index++;
    }

    @Override
    public int mark() {
        return -1;
    }

    @Override
    public void release(int marker) {
        // the whole text stays readable: nothing to release
    }

    @Override
    public int index() {
        return index;
    }

    @Override
    public void seek(int at) {
        index = Math.min(at, size());
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public String getSourceName() {
        return IntStream.UNKNOWN_SOURCE_NAME;
    }

    @Override
    public String getText(Interval interval) {
        int from = Math.max(0, interval.a);
        int to = Math.min(interval.b + 1, size());
        if (from >= to) return "";
        if (to <= text.length()) return text.substring(from, to);
        StringBuilder b = new StringBuilder(to - from);
        for (int i = from; i < to; i++) b.append(charAt(i));
        return b.toString();
    }
}

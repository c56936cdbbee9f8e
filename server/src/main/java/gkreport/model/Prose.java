package gkreport.model;

import gkreport.grammar.TextRange;
import java.util.Arrays;

/**
 * A piece of prose in a normalised spelling, with the source offset of each of its characters,
 * so that a match in the normalised text maps back to an exact range of the document.
 *
 * <p>Normalised: line breaks and spaces are dropped (one space is kept between two digits or Latin
 * letters, so that 「10 20」 stays two numbers), full-width digits, letters and 「％」 become ASCII.
 * PDF extractions write 「2023 年」 and break sentences over lines; the normalised text reads
 * 「2023年」 in one piece.
 */
public final class Prose {
    private final String text;
    /** Source offsets of a paragraph, shared by its sentences; this prose's characters start at {@code base}. */
    private final int[] offsets;
    private final int base;

    private Prose(String text, int[] offsets, int base) {
        this.text = text;
        this.offsets = offsets;
        this.base = base;
    }

    public String text() {
        return text;
    }

    /** The source range of the normalised characters [from, to); to &gt; from. */
    public TextRange range(int from, int to) {
        return new TextRange(offsets[base + from], offsets[base + to - 1] + 1);
    }

    /** The part [from, to) of this prose. */
    public Prose sub(int from, int to) {
        return new Prose(text.substring(from, to), offsets, base + from);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Builds prose from pieces of a document's text, in order. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] offsets = new int[64];
        private boolean pendingSpace;

        /** Appends source[start, end): the characters of one line, normalised. */
        public Builder append(String source, int start, int end) {
            for (int i = start; i < end; i++) {
                char c = normalise(source.charAt(i));
                if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && text.length() > 0 && isAlnum(text.charAt(text.length() - 1)) && isAlnum(c)) {
                    add(' ', i - 1);
                }
                pendingSpace = false;
                add(c, i);
            }
            pendingSpace = true;
            return this;
        }

        public boolean isEmpty() {
            return text.length() == 0;
        }

        public Prose build() {
            return new Prose(text.toString(), Arrays.copyOf(offsets, text.length()), 0);
        }

        private void add(char c, int offset) {
            if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
            offsets[text.length()] = offset;
            text.append(c);
        }

        private static boolean isAlnum(char c) {
            return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        }

        private static char normalise(char c) {
            if (c >= '０' && c <= '９') return (char) ('0' + (c - '０'));
            if (c >= 'Ａ' && c <= 'Ｚ') return (char) ('A' + (c - 'Ａ'));
            if (c >= 'ａ' && c <= 'ｚ') return (char) ('a' + (c - 'ａ'));
            if (c == '％') return '%';
            if (c == '．') return '.';
            return c;
        }
    }
}

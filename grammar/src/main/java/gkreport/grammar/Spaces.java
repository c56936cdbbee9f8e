package gkreport.grammar;

/**
 * The spaces of a report's text, defined once: the ASCII space, the tab, the no-break space
 * (U+00A0, left by web pages and Word) and the ideographic space (U+3000, the width of a Chinese
 * character, used to indent paragraphs), the form feed (a page break in pdftotext's output) and the
 * vertical tab.
 */
public final class Spaces {
    private Spaces() {
    }

    /** A space within a line. */
    public static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000' || c == '\f' || c == '\u000B';
    }

    /** A space within a line, or a line break. */
    public static boolean isSpaceOrBreak(int c) {
        return isSpace(c) || c == '\n' || c == '\r';
    }

    /** The text without spaces and line breaks around it. */
    public static String strip(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && isSpaceOrBreak(text.charAt(from))) from++;
        while (to > from && isSpaceOrBreak(text.charAt(to - 1))) to--;
        return text.substring(from, to);
    }
}

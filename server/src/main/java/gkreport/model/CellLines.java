package gkreport.model;

/**
 * How a cell written over several lines reads as one line: its lines joined without a break,
 * except that two numbers or two words of Latin letters stay apart by a space (「0」 over 「0」 is
 * not 「00」, 「20」 over 「21」 not the year 2021). Formatting writes a wrapped cell so, and what
 * quotes a wrapped cell quotes it so.
 */
public final class CellLines {
    private CellLines() {
    }

    /** Whether the last character of a line and the first of the next are kept apart by a space. */
    public static boolean keptApart(char before, char after) {
        return isLatinOrDigit(before) && isLatinOrDigit(after);
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }
}

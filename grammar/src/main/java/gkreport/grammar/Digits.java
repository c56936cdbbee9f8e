package gkreport.grammar;

/** The digits numbers are written in: ASCII and full-width (「１２」). */
final class Digits {
    private Digits() {
    }

    static boolean isDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }

    /** The end of the run of digits starting at the offset. */
    static int end(String text, int from) {
        int i = from;
        while (i < text.length() && isDigit(text.charAt(i))) i++;
        return i;
    }

    /** Appends the digits between the offsets, full-width ones as ASCII. */
    static void appendAscii(StringBuilder plain, String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            plain.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
    }

    /** The digits as ASCII digits. */
    static String ascii(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        appendAscii(b, digits, 0, digits.length());
        return b.toString();
    }
}

package gkreport.io;

/** The line break a text file uses, so that a rewritten file keeps it. */
public enum LineEnding {
    LF("\n"), CRLF("\r\n"), CR("\r");

    private final String chars;

    LineEnding(String chars) {
        this.chars = chars;
    }

    /** The one the text uses most; LF for a text of one line. */
    public static LineEnding of(String text) {
        int crlf = 0;
        int cr = 0;
        int lf = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                crlf++;
                i++;
            } else if (c == '\r') {
                cr++;
            } else if (c == '\n') {
                lf++;
            }
        }
        if (crlf > lf && crlf >= cr) return CRLF;
        if (cr > lf && cr > crlf) return CR;
        return LF;
    }

    /** A text written with {@code \n} line breaks, with this line break instead. */
    public String apply(String lfText) {
        return this == LF ? lfText : lfText.replace("\n", chars);
    }
}

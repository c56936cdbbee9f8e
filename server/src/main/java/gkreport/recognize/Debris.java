package gkreport.recognize;

import gkreport.grammar.Spaces;
import java.util.regex.Pattern;

/** What document conversion leaves behind in a report's text. */
public final class Debris {
    /** Word's bookmark as converters write it: 「[bookmark: _GoBack]」. */
    public static final Pattern BOOKMARK = Pattern.compile("\\[bookmark:[^\\]\\r\\n]*\\]");
    /** The labels of a web form's top and bottom that copying from a browser brings along. */
    public static final Pattern FORM_MARKER = Pattern.compile("窗体[顶底]端");
    /** A character the converter could not decode. */
    public static final Pattern REPLACEMENT = Pattern.compile("\uFFFD+");
    /** A line holding only a page number in a form no prose takes: 「-1-」「— 2 —」「第3页」「第3页 共5页」. */
    public static final Pattern PAGE_NUMBER_LINE = Pattern.compile(
            "[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+|第\\s*\\d{1,4}\\s*页(?:\\s*[,，]?\\s*共\\s*\\d{1,4}\\s*页)?");
    /** A line holding only a number: a page number when it ends the document. */
    public static final Pattern BARE_NUMBER_LINE = Pattern.compile("\\d{1,4}");

    private Debris() {
    }

    /** Whether the whole line is debris: a page number, a form marker or a bookmark, and nothing else. */
    public static boolean isDebrisLine(String line) {
        String s = Spaces.strip(line);
        if (s.isEmpty()) return false;
        if (PAGE_NUMBER_LINE.matcher(s).matches()) return true;
        if (!mayHoldMarks(s)) return false;
        String rest = FORM_MARKER.matcher(BOOKMARK.matcher(s).replaceAll("")).replaceAll("");
        return Spaces.strip(rest).isEmpty();
    }

    /** Whether the text may hold a bookmark or a form marker: most lines hold neither, and a look for the literals is cheap. */
    public static boolean mayHoldMarks(String text) {
        return text.contains("[bookmark:") || text.contains("窗体");
    }
}

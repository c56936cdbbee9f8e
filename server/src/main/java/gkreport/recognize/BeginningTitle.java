package gkreport.recognize;

import gkreport.grammar.ReportParser;
import gkreport.grammar.syntax.Document;
import gkreport.model.Title;

/**
 * A text's title read from its first lines when that suffices, so that a batch can pair thousands of
 * files by their titles before it checks any: the title the whole text's parse gives, from the
 * parse of the first {@value #BEGINNING} lines when the lines the title is looked for in end before
 * the last {@value #UNSETTLED} of them, whose blocks might join lines beyond the cut in the whole
 * text.
 */
final class BeginningTitle {
    static final int BEGINNING = 32;
    static final int UNSETTLED = 12;

    private BeginningTitle() {
    }

    static Title read(String text) {
        int cut = lineStart(text, BEGINNING);
        if (cut < text.length()) {
            Document beginning = ReportParser.parse(text.substring(0, cut));
            if (TitleReader.extent(beginning.blocks()) <= lineStart(text, BEGINNING - UNSETTLED)) return Recognizer.title(beginning);
        }
        return Recognizer.title(ReportParser.parse(text));
    }

    /** The offset where the line of this 0-based number starts, or the text's length. */
    private static int lineStart(String text, int line) {
        int at = 0;
        for (int n = 0; n < line; n++) {
            int next = text.indexOf('\n', at);
            if (next < 0) return text.length();
            at = next + 1;
        }
        return at;
    }
}

package gkreport.rules.crossyear;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Related;
import gkreport.text.Message;

/**
 * A place in last year's report kept without that report's text: only the line breaks before it
 * and its own line up to its end (and one character more, so that a CR LF stays one break). The
 * range, moved into that short text, gives the same lines and columns as in the whole text, so
 * that a batch holds a few hundred characters per place, not whole reports.
 */
record DetachedPlace(String location, SourceText source, TextRange range) {
    static DetachedPlace of(String location, SourceText whole, TextRange range) {
        String text = whole.text();
        int line = whole.lineOf(range.start());
        int from = whole.lineStart(line);
        int to = Math.min(text.length(), range.end() + 1);
        int shift = line - from;
        SourceText kept = new SourceText("\n".repeat(line) + text.substring(from, to));
        return new DetachedPlace(location, kept, new TextRange(range.start() + shift, range.end() + shift));
    }

    Related related(Message message) {
        return Related.in(location, source, range, message);
    }
}

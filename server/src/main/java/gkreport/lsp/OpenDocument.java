package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * One version of an open document: immutable text, and its analysis computed once on first use
 * (by the validation or by a request, whichever comes first) for the settings it was asked with.
 */
public final class OpenDocument {
    private final String uri;
    private final int version;
    private final String text;
    private Analysis analysis;
    private Settings analysedWith;
    private boolean tooLarge;

    public OpenDocument(String uri, int version, String text) {
        this.uri = uri;
        this.version = version;
        this.text = text;
    }

    public String uri() {
        return uri;
    }

    public int version() {
        return version;
    }

    public String text() {
        return text;
    }

    /**
     * The analysis; empty when it does not fit in the heap. It is not tried again for this version:
     * what it built is garbage once it ran out of memory, and the next request would run out too.
     */
    public synchronized Optional<Analysis> analysis(Analyzer analyzer, Settings settings) {
        if (tooLarge) return Optional.empty();
        if (analysis == null || !settings.equals(analysedWith)) {
            try {
                analysis = analyzer.analyze(text, settings);
            } catch (OutOfMemoryError e) {
                tooLarge = true;
                return Optional.empty();
            }
            analysedWith = settings;
        }
        return Optional.of(analysis);
    }

    /** The next version: each change replaces its range (positions in the text as changed so far), or the whole text. */
    public OpenDocument changed(int newVersion, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            if (change.getRange() == null) {
                current = change.getText();
                continue;
            }
            TextRange range = Positions.textRange(new SourceText(current), change.getRange());
            current = current.substring(0, range.start()) + change.getText() + current.substring(range.end());
        }
        return new OpenDocument(uri, newVersion, current);
    }
}

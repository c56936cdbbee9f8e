package gkreport.lsp;

import gkreport.io.HeapLimit;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.text.Messages;
import java.util.Optional;

/** The open documents and how each is analysed: the one pure analysis, with the document's settings. */
public final class AnalysisSession {
    private final DocumentStore documents = new DocumentStore();
    private final Analyzer analyzer;
    private final WorkspaceSettings settings;

    public AnalysisSession(Analyzer analyzer, WorkspaceSettings settings) {
        this.analyzer = analyzer;
        this.settings = settings;
    }

    public DocumentStore documents() {
        return documents;
    }

    public WorkspaceSettings settings() {
        return settings;
    }

    public Settings settingsFor(OpenDocument document) {
        return settingsFor(document.uri());
    }

    public Settings settingsFor(String uri) {
        return settings.settingsFor(uri);
    }

    /** The analysis of a text that is not open in the editor (a file as read from disk), with the settings for its URI. */
    public Analysis analyze(String uri, String text) {
        return analyzer.analyze(text, settingsFor(uri));
    }

    /** The document's analysis; a document too large for the heap throws, with why in the user's language. */
    public Analysis analysis(OpenDocument document) {
        return analysed(document).orElseThrow(
                () -> new DocumentTooLargeException(messages(document).render(HeapLimit.documentTooLarge())));
    }

    /** The document's analysis, or empty when it is too large for the heap (it is left out). */
    public Optional<Analysis> analysed(OpenDocument document) {
        return document.analysis(analyzer, settingsFor(document));
    }

    public Messages messages(OpenDocument document) {
        return messages(document.uri());
    }

    public Messages messages(String uri) {
        return Messages.forLanguage(settingsFor(uri).language());
    }

    public Fixer fixer() {
        return new Fixer(analyzer);
    }
}

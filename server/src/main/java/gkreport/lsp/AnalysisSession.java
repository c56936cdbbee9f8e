package gkreport.lsp;

import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.text.Messages;

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

    public Analysis analysis(OpenDocument document) {
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

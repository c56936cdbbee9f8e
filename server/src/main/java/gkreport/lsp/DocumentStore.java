package gkreport.lsp;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** The open documents by URI, each at its latest version. Changes arrive in order from the protocol thread. */
public final class DocumentStore {
    private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();

    public OpenDocument open(String uri, int version, String text) {
        OpenDocument document = new OpenDocument(uri, version, text);
        documents.put(uri, document);
        return document;
    }

    /** Applies the changes to the open document; null when it is not open. */
    public OpenDocument change(String uri, int version, List<TextDocumentContentChangeEvent> changes) {
        return documents.computeIfPresent(uri, (key, document) -> document.changed(version, changes));
    }

    public void close(String uri) {
        documents.remove(uri);
    }

    /** The latest version, or null when the document is not open. */
    public OpenDocument get(String uri) {
        return documents.get(uri);
    }

    public boolean isCurrent(String uri, int version) {
        OpenDocument document = documents.get(uri);
        return document != null && document.version() == version;
    }

    public Collection<OpenDocument> all() {
        return List.copyOf(documents.values());
    }
}

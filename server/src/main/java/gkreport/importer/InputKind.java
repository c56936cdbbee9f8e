package gkreport.importer;

import java.nio.file.Path;
import java.util.Locale;

/** What a report file is: structured text, or a document converted to it on reading. */
public enum InputKind {
    TEXT("text"), DOCX("docx"), HTML("html"), PDF("pdf");

    private final String id;

    InputKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether positions in findings refer to a converted text rather than to the file itself. */
    public boolean converted() {
        return this != TEXT;
    }

    /**
     * By the file name's extension: .docx, .html, .htm and .pdf are converted, anything else is text.
     * An old .doc is taken for Word too, so that it is refused with the advice to save it as .docx
     * (or read, when it is a .docx misnamed).
     */
    public static InputKind of(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".docx") || name.endsWith(".doc")) return DOCX;
        if (name.endsWith(".html") || name.endsWith(".htm")) return HTML;
        if (name.endsWith(".pdf")) return PDF;
        return TEXT;
    }
}

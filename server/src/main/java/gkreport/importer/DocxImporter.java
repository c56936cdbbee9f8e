package gkreport.importer;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.Path;
import javax.xml.stream.XMLStreamException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.usermodel.XWPFRelation;
import org.xml.sax.SAXException;

/**
 * Reads a .docx into an {@link ImportedDocument}: Apache POI opens the package, and its parts are
 * streamed (see {@link WordBody}), its tables counted first against the limits. Whatever is wrong with the
 * file, the caller gets an {@link UnreadableFileException} with a reason, never another exception.
 */
public final class DocxImporter {
    private static final int MAX_REASON = 160;

    static {
        // POI's process-wide guards on actual inflation, in case a ZIP's declared sizes lie.
        ZipSecureFile.setMinInflateRatio(1.0 / ImportLimits.MAX_RATIO);
        ZipSecureFile.setMaxEntrySize(ImportLimits.MAX_PART_BYTES);
        ZipSecureFile.setMaxFileCount(ImportLimits.MAX_ZIP_ENTRIES);
    }

    private DocxImporter() {
    }

    public static ImportedDocument read(Path file) throws UnreadableFileException {
        try {
            DocxGuard.check(file);
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("file.ioError", String.valueOf(e.getMessage())));
        }
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            PackagePart document = WordParts.document(pkg);
            DocxTableCensus.check(document);
            WordNumbering numbering = WordNumbering.of(WordParts.related(document, XWPFRelation.NUMBERING.getRelation()),
                    WordParts.related(document, XWPFRelation.STYLES.getRelation()));
            WordText text = new WordText(WordParts.notes(WordParts.related(document, XWPFRelation.FOOTNOTE.getRelation()), "footnote"),
                    WordParts.notes(WordParts.related(document, XWPFRelation.ENDNOTE.getRelation()), "endnote"));
            return new ImportedDocument(WordBody.blocks(document, new DocxContent(numbering, text)));
        } catch (IOException | InvalidFormatException | SAXException | XMLStreamException | RuntimeException | LinkageError e) {
            // POI reports a broken part with runtime exceptions of many kinds, and an element its slim
            // schema jar (poi-ooxml-lite) lacks with a linkage error; all mean the same to a user.
            throw new UnreadableFileException(Message.of("import.corrupt", Message.of(damage(e)), reason(e)));
        } finally {
            if (pkg != null) pkg.revert();
        }
    }

    /** What broke, in the user's words: POI says it in English, and in terms of its own classes. */
    private static String damage(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (t instanceof java.util.zip.ZipException || m.contains("zip") || m.contains("ZIP")) return "import.docx.zip";
            if (t instanceof InvalidFormatException || m.contains("Content_Types") || m.contains("part")) return "import.docx.parts";
            if (t instanceof SAXException || t instanceof XMLStreamException || t instanceof org.apache.xmlbeans.XmlException) return "import.docx.xml";
            if (t instanceof LinkageError) return "import.docx.unsupported";
        }
        return "import.docx.other";
    }

    /** The first line of the innermost message, shortened: the technical detail, after the user's words. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip().lines().findFirst().orElse("");
        return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "…" : m;
    }
}

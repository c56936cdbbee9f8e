package gkreport.importer;

import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;

/**
 * The parts of a Word package the importer reads, found by their relationships as Word and POI
 * find them, and read with a streaming parser hardened as POI's (no DTDs, no external entities).
 */
final class WordParts {
    private WordParts() {
    }

    /** The main document part (word/document.xml in a file Word saved). */
    static PackagePart document(OPCPackage pkg) throws InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.CORE_DOCUMENT);
        if (parts.isEmpty()) parts = pkg.getPartsByRelationshipType(PackageRelationshipTypes.STRICT_CORE_DOCUMENT);
        if (parts.isEmpty()) throw new InvalidFormatException("OOXML file structure broken/invalid - no core document part found");
        return parts.get(0);
    }

    /** The document's part of this relationship type (numbering, styles, notes), or null. */
    static PackagePart related(PackagePart document, String relationshipType) throws InvalidFormatException {
        for (PackageRelationship rel : document.getRelationshipsByType(relationshipType)) {
            PackagePart part = document.getRelatedPart(rel);
            if (part != null) return part;
        }
        return null;
    }

    /** A parser on the part, standing before its root element; the caller closes both. */
    static XMLStreamReader open(InputStream in) throws XMLStreamException {
        return XMLHelper.newXMLInputFactory().createXMLStreamReader(in);
    }

    /** Moves the parser to the next start tag among the children of the element it is in; false at that element's end. */
    static boolean nextChild(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext()) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) return true;
            if (event == XMLStreamConstants.END_ELEMENT) return false;
        }
        return false;
    }

    /** Moves the parser onto the root element. */
    static void toRoot(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext() && in.next() != XMLStreamConstants.START_ELEMENT) {
            // prolog: declaration, comments, processing instructions
        }
    }

    /** The footnotes or endnotes of a notes part by id, as POI looks them up (the first of an id), or none. */
    static Map<Integer, WordElement> notes(PackagePart part, String noteName) throws java.io.IOException, XMLStreamException {
        Map<Integer, WordElement> notes = new HashMap<>();
        if (part == null) return notes;
        try (InputStream stream = part.getInputStream()) {
            XMLStreamReader in = open(stream);
            try {
                toRoot(in);
                while (nextChild(in)) {
                    if (!WordXmlReader.isW(in, noteName)) {
                        WordXmlReader.skip(in);
                        continue;
                    }
                    WordElement note = WordXmlReader.read(in);
                    Integer id = WordRunText.noteId(note);
                    if (id != null) notes.putIfAbsent(id, note);
                }
            } finally {
                in.close();
            }
        }
        return notes;
    }
}

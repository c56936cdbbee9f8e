package gkreport.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one element of a WordprocessingML part from a streaming parser into a {@link WordElement},
 * keeping only what the text of paragraphs, runs, tables and content controls depends on: the
 * parser moves on through everything else. Only the element being read is in memory, never the
 * whole part, and its cost is linear in its size (POI's table classes are quadratic in a row's cells).
 */
final class WordXmlReader {
    /** The elements whose presence, attributes or text make the text that is read. */
    private static final Set<String> KEPT = Set.of(
            "body", "p", "tbl", "tr", "tc", "sdt", "sdtContent",
            "pPr", "pStyle", "numPr", "numId", "ilvl", "trPr", "gridBefore", "tcPr", "gridSpan", "vMerge", "hMerge",
            "r", "rPr", "caps", "smallCaps", "t", "delText", "instrText", "delInstrText",
            "tab", "ptab", "br", "cr", "noBreakHyphen", "footnoteReference", "endnoteReference",
            "fldChar", "ffData", "checkBox", "default", "ruby", "rt", "rubyBase",
            "hyperlink", "fldSimple", "ins", "del", "moveFrom", "moveTo", "smartTag",
            "footnote", "endnote");
    private static final Set<String> TEXT = Set.of("t", "delText", "instrText", "delInstrText");
    private static final Set<String> PICTURES = Set.of("pict", "drawing");

    private WordXmlReader() {
    }

    /** Whether the element the parser stands on is w:{@code local}. */
    static boolean isW(XMLStreamReader in, String local) {
        return Ooxml.W.equals(in.getNamespaceURI()) && local.equals(in.getLocalName());
    }

    /** The element the parser stands on (a start tag), read up to its end tag. */
    static WordElement read(XMLStreamReader in) throws XMLStreamException {
        String name = in.getLocalName();
        Map<String, String> attributes = attributes(in);
        List<WordElement> children = new ArrayList<>();
        List<String> pictureText = new ArrayList<>();
        StringBuilder text = TEXT.contains(name) ? new StringBuilder() : null;
        while (true) {
            int event = in.next();
            if (event == XMLStreamConstants.END_ELEMENT) break;
            if (event == XMLStreamConstants.START_ELEMENT) {
                boolean w = Ooxml.W.equals(in.getNamespaceURI());
                if (w && KEPT.contains(in.getLocalName())) children.add(read(in));
                else if (w && "r".equals(name) && PICTURES.contains(in.getLocalName())) collectText(in, pictureText);
                else skip(in);
            } else if (text != null && isCharacters(event)) {
                text.append(in.getText());
            }
        }
        return new WordElement(name, attributes, List.copyOf(children), text == null ? null : text.toString(), List.copyOf(pictureText));
    }

    /** Moves past the element the parser stands on, its content unread. */
    static void skip(XMLStreamReader in) throws XMLStreamException {
        for (int depth = 1; depth > 0; ) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) depth++;
            else if (event == XMLStreamConstants.END_ELEMENT) depth--;
        }
    }

    /** The text of every w:t at any depth of a picture or drawing (a text box's, a shape's). */
    private static void collectText(XMLStreamReader in, List<String> out) throws XMLStreamException {
        StringBuilder t = null;
        for (int depth = 1; depth > 0; ) {
            int event = in.next();
            if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
                if (isW(in, "t")) t = new StringBuilder();
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
                if (t != null && isW(in, "t")) {
                    if (t.length() > 0) out.add(t.toString());
                    t = null;
                }
            } else if (t != null && isCharacters(event)) {
                t.append(in.getText());
            }
        }
    }

    private static boolean isCharacters(int event) {
        return event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA || event == XMLStreamConstants.SPACE;
    }

    private static Map<String, String> attributes(XMLStreamReader in) {
        Map<String, String> out = Map.of();
        for (int i = 0; i < in.getAttributeCount(); i++) {
            if (!Ooxml.W.equals(in.getAttributeNamespace(i))) continue;
            if (out.isEmpty()) out = new HashMap<>(4);
            out.put(in.getAttributeLocalName(i), in.getAttributeValue(i));
        }
        return out;
    }
}

package gkreport.importer;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Reading WordprocessingML through the DOM: POI's slim schema jar lacks some of the typed classes
 * (list overrides, row properties), and the DOM serves every element alike.
 */
final class Ooxml {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private Ooxml() {
    }

    /** The first child element in the w: namespace with this local name, or null. */
    static Element child(Node parent, String local) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) return e;
        }
        return null;
    }

    static List<Element> children(Node parent, String local) {
        List<Element> out = new ArrayList<>();
        if (parent == null) return out;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W.equals(e.getNamespaceURI()) && local.equals(e.getLocalName())) out.add(e);
        }
        return out;
    }

    /** The w:val of the child element with this local name, or null when either is absent. */
    static String val(Node parent, String local) {
        return attr(child(parent, local), "val");
    }

    /** A w: attribute, or null when absent. */
    static String attr(Element e, String local) {
        if (e == null || !e.hasAttributeNS(W, local)) return null;
        return e.getAttributeNS(W, local);
    }

    /** An integer w:val, or the fallback when absent or not a number. */
    static int intVal(Node parent, String local, int fallback) {
        return integer(val(parent, local), fallback);
    }

    /** An attribute's value as an integer, or the fallback when it is absent (null) or not a number. */
    static int integer(String value, int fallback) {
        if (value == null) return fallback;
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}

package gkreport.importer;

import java.util.List;
import java.util.Map;

/**
 * A WordprocessingML element as the importer keeps it: its local name in the w: namespace, its w:
 * attributes, its children that matter for the text, the characters of a text element, and the
 * text of the pictures and drawings directly inside a run. Formatting the text does not depend on
 * is never kept, so that a large table costs little memory.
 */
record WordElement(String name, Map<String, String> attributes, List<WordElement> children, String text, List<String> pictureText) {
    /** The first child with this name, or null. */
    WordElement child(String local) {
        for (WordElement c : children) {
            if (c.name.equals(local)) return c;
        }
        return null;
    }

    boolean has(String local) {
        return child(local) != null;
    }

    /** A w: attribute, or null when absent. */
    String attr(String local) {
        return attributes.get(local);
    }

    /** The w:val of the child with this name, or null when either is absent. */
    String val(String local) {
        WordElement c = child(local);
        return c == null ? null : c.attr("val");
    }

    /** An integer w:val, or the fallback when absent or not a number. */
    int intVal(String local, int fallback) {
        return Ooxml.integer(val(local), fallback);
    }

    /** A w:val that is an on/off switch: on when present without a value, or with true, on, x or 1. */
    boolean on(String local) {
        WordElement c = child(local);
        if (c == null) return false;
        String v = c.attr("val");
        return v == null || isOn(v);
    }

    static boolean isOn(String v) {
        return "true".equalsIgnoreCase(v) || "on".equalsIgnoreCase(v) || "x".equalsIgnoreCase(v) || "1".equals(v);
    }
}

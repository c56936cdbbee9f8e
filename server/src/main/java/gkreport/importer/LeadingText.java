package gkreport.importer;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The beginning of an element's text as {@link Element#text()} gives it, taken from a copy of
 * the element cut off after enough text: the whole text of an 8 MB page, built while the page's
 * tree is still held, would take several times its size. jsoup's own {@code text()} reads the
 * copy, so whitespace and the spaces between blocks come out as it writes them.
 */
final class LeadingText {
    /** Past the cut, a space between blocks can depend on what was cut off: read a little further. */
    private static final int MARGIN = 16;

    private LeadingText() {
    }

    /** The first {@code length} characters of the element's text, or all of it when it is shorter. */
    static String of(Element element, int length) {
        for (long budget = length + MARGIN; ; budget *= 2) {
            Copy copy = new Copy(budget);
            Element cut = copy.of(element);
            String text = cut.text();
            if (!copy.cut || text.length() >= length + MARGIN) return text.substring(0, Math.min(length, text.length()));
        }
    }

    /** Copies nodes in document order until the text copied reaches the budget. */
    private static final class Copy {
        private long budget;
        private boolean cut;

        Copy(long budget) {
            this.budget = budget;
        }

        Element of(Element element) {
            Element copy = element.shallowClone();
            for (Node child : element.childNodes()) {
                if (budget <= 0) {
                    cut = true;
                    break;
                }
                if (child instanceof Element e) {
                    copy.appendChild(of(e));
                } else if (child instanceof TextNode t) {
                    copy.appendChild(new TextNode(t.getWholeText()));
                    budget -= t.getWholeText().length();
                } else {
                    copy.appendChild(child.clone());
                }
            }
            return copy;
        }
    }
}

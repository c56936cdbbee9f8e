package gkreport.importer;

import gkreport.recognize.ReportTitle;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the article in a government web page: what is left after dropping the site's chrome
 * (navigation, footer, side bars, scripts, forms, hidden parts) is walked down from the body into
 * the deepest element that still holds most of the page's text outside links, stopping at a
 * paragraph and at a data table (one holding no other table: a table of tables is page layout). Menus and lists of
 * links carry little such text, so they fall away; the report carries nearly all of it.
 *
 * <p>The title often stands outside the article (in an {@code <h1>} or the page's
 * {@code <title>}): it is kept when the article does not start with it.
 */
final class HtmlArticle {
    /** The share of the page's own text the article holds at least. */
    private static final double MOST = 0.7;
    private static final String CHROME = "script, style, noscript, template, iframe, nav, footer, aside, form, select, button, "
            + "input, textarea, object, embed, svg, canvas, [hidden], [aria-hidden=true]";
    /** Elements that are one paragraph: the article holds them, it is never one of them. */
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre", "dt", "dd",
            "caption", "figcaption", "address");
    private static final Pattern HIDDEN = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");
    private static final Pattern TITLE_SUFFIX = Pattern.compile("\\s*(?:[_|｜]|\\s-\\s|——).*$");

    private final String title;
    private final Element root;

    private HtmlArticle(String title, Element root) {
        this.title = title;
        this.root = root;
    }

    static HtmlArticle of(Document page) {
        String title = titleOf(page);
        page.select(CHROME).remove();
        page.select("header").stream().filter(h -> h.closest("article, main") == null).forEach(Node::remove);
        page.select("[style]").stream().filter(e -> HIDDEN.matcher(e.attr("style")).find()).forEach(Node::remove);
        Element root = article(page.body());
        boolean startsWithTitle = title != null && LeadingText.of(root, 2 * ReportTitle.MAX_LENGTH).contains(title);
        return new HtmlArticle(startsWithTitle ? null : title, root);
    }

    /** The report's title as the page names it, or null when the page names no 年度报告. */
    String title() {
        return title;
    }

    Element root() {
        return root;
    }

    private static String titleOf(Document page) {
        for (Element h : page.select("h1, h2, .title, #title")) {
            String t = h.text().strip();
            if (ReportTitle.isTitle(t)) return t;
        }
        String t = TITLE_SUFFIX.matcher(page.title()).replaceAll("").strip();
        return ReportTitle.isTitle(t) ? t : null;
    }


    private static Element article(Element body) {
        Map<Node, Integer> ownText = ownTextLengths(body);
        int total = ownText.getOrDefault(body, 0);
        Element current = body;
        boolean descended = true;
        while (descended) {
            descended = false;
            for (Element child : current.children()) {
                if (ownText.getOrDefault(child, 0) >= MOST * total && !PARAGRAPHS.contains(child.normalName())
                        && !insideDataTable(child)) {
                    current = child;
                    descended = true;
                    break;
                }
            }
        }
        return current;
    }

    /** A table, or a part of one, that holds no other table: data, to be read whole, never a container. */
    private static boolean insideDataTable(Element e) {
        Element table = e.nameIs("table") ? e : e.closest("table");
        return table != null && table.getElementsByTag("table").size() == 1;
    }

    /** For every element, the length of its text outside links, computed in one pass. */
    private static Map<Node, Integer> ownTextLengths(Element body) {
        Map<Node, Integer> lengths = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                // lengths are summed on the way up
            }

            @Override
            public void tail(Node node, int depth) {
                int own = node instanceof TextNode t ? t.text().strip().length() : lengths.getOrDefault(node, 0);
                if (node instanceof Element e && e.nameIs("a")) own = 0;
                if (own > 0 && node.parent() != null) lengths.merge(node.parent(), own, Integer::sum);
                if (node instanceof Element) lengths.putIfAbsent(node, own);
            }
        }, body);
        return lengths;
    }
}

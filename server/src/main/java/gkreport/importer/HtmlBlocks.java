package gkreport.importer;

import gkreport.format.CanonicalForm;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns the article's HTML into paragraphs and tables, in order: block elements and {@code <br>}
 * end lines, an image is a line of its own, spaces are collapsed as a browser does, a table holding another table is layout and
 * is read through, and a block that is mostly links (a list of related pages) is dropped.
 */
final class HtmlBlocks {
    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl",
            "dt", "dd", "section", "article", "main", "header", "blockquote", "pre", "center", "address", "figure",
            "figcaption", "caption", "hr", "tr", "td", "th", "thead", "tbody", "tfoot");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\n\\r\\f]+");
    private static final double LINKS_MOST = 0.6;

    private final List<ImportedDocument.Block> blocks = new ArrayList<>();
    private final StringBuilder line = new StringBuilder();
    private long tableCells;

    ImportedDocument read(String title, Element root) throws UnreadableFileException {
        if (title != null) blocks.add(new ImportedDocument.Paragraph(title));
        walk(root);
        flush();
        return new ImportedDocument(blocks);
    }

    /** The text of a table cell, its lines joined by line breaks. */
    static String cellText(Element cell) throws UnreadableFileException {
        HtmlBlocks inner = new HtmlBlocks();
        inner.walk(cell);
        inner.flush();
        List<String> lines = new ArrayList<>();
        for (ImportedDocument.Block b : inner.blocks) {
            if (b instanceof ImportedDocument.Paragraph p) lines.add(p.text());
            else if (b instanceof ImportedDocument.Grid g) for (List<String> row : g.rows()) lines.add(ImportedDocument.Grid.rowText(row));
        }
        return String.join("\n", lines).strip();
    }

    private void walk(Element element) throws UnreadableFileException {
        for (Node child : element.childNodes()) {
            if (child instanceof TextNode t) {
                line.append(SPACES.matcher(t.getWholeText()).replaceAll(" "));
            } else if (child instanceof Element e) {
                element(e);
            }
        }
    }

    private void element(Element e) throws UnreadableFileException {
        if (e.nameIs("br")) {
            line.append('\n');
        } else if (e.nameIs("img")) {
            image(e);
        } else if (e.nameIs("table") && e.selectFirst("table table, td table, th table") == null) {
            flush();
            ImportedDocument.Grid grid = HtmlTable.grid(e);
            tableCells += grid.rows().stream().mapToInt(List::size).sum();
            if (tableCells > ImportLimits.MAX_HTML_PAGE_CELLS) {
                throw new UnreadableFileException(Message.of("import.pageTablesTooLarge", ImportLimits.MAX_HTML_PAGE_CELLS));
            }
            blocks.add(grid);
        } else if (BLOCKS.contains(e.normalName()) || e.nameIs("table")) {
            if (mostlyLinks(e)) return;
            flush();
            walk(e);
            flush();
        } else {
            walk(e);
        }
    }

    /**
     * An image in the article stands on a line of its own, as Markdown writes one: many sites
     * publish the tables as pictures, and the checker must know a table stands there unread.
     */
    private void image(Element e) {
        flush();
        String alt = SPACES.matcher(e.attr("alt")).replaceAll(" ").strip();
        blocks.add(new ImportedDocument.Paragraph(CanonicalForm.image(alt, e.attr("src"))));
    }

    private void flush() {
        String text = line.toString().replace(" \n", "\n").replace("\n ", "\n").strip();
        line.setLength(0);
        if (!text.isEmpty()) blocks.add(new ImportedDocument.Paragraph(text));
    }

    /** A block whose text is mostly the text of its links: navigation, not report. */
    private static boolean mostlyLinks(Element e) {
        if (e.nameIs("td") || e.nameIs("th") || e.nameIs("tr")) return false;
        int all = e.text().length();
        if (all == 0) return false;
        int links = e.select("a").stream().mapToInt(a -> a.text().length()).sum();
        return links > LINKS_MOST * all;
    }
}

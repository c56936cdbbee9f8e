package gkreport.importer;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a report saved from a government web site (jsoup): the article's paragraphs and tables,
 * without the site's navigation, header, footer and side bars.
 */
public final class HtmlImporter {

    private HtmlImporter() {
    }

    /**
     * The report in a web page file. Each step's input is garbage once the next has read it (the
     * bytes once decoded, the text once parsed into a tree): the largest page accepted must be read
     * in a small heap, so no step holds on to a copy the next one no longer needs.
     */
    public static ImportedDocument read(Path file) throws UnreadableFileException {
        return blocks(parse(text(file)));
    }

    /** The report in a web page's HTML. */
    public static ImportedDocument read(String html) throws UnreadableFileException {
        return blocks(parse(html));
    }

    private static String text(Path file) throws UnreadableFileException {
        try {
            ImportLimits.checkSize(file, ImportLimits.MAX_HTML_BYTES);
            return HtmlCharset.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("file.ioError", String.valueOf(e.getMessage())));
        }
    }

    private static Document parse(String html) throws UnreadableFileException {
        int tags = tags(html);
        if (tags > ImportLimits.MAX_HTML_TAGS) {
            throw new UnreadableFileException(Message.of("import.htmlTooComplex", tags, ImportLimits.MAX_HTML_TAGS));
        }
        return Jsoup.parse(html);
    }

    private static ImportedDocument blocks(Document page) throws UnreadableFileException {
        HtmlArticle article = HtmlArticle.of(page);
        ImportedDocument document = new HtmlBlocks().read(article.title(), article.root());
        if (document.blocks().isEmpty()) throw new UnreadableFileException(Message.of("import.noText"));
        return document;
    }

    /** How many tags the page opens or closes: a '<' before a letter, '/' or '!'. */
    private static int tags(String html) {
        int count = 0;
        for (int i = html.indexOf('<'); i >= 0 && i + 1 < html.length(); i = html.indexOf('<', i + 1)) {
            char c = html.charAt(i + 1);
            if (Character.isLetter(c) || c == '/' || c == '!') count++;
        }
        return count;
    }
}

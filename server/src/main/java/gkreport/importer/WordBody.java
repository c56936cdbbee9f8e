package gkreport.importer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Streams the body of the main document part: each paragraph, table or content control is read,
 * turned into its block and let go before the next is read, so that the memory a document needs is
 * that of its largest table, and the time is linear in its size.
 */
final class WordBody {
    private WordBody() {
    }

    static List<ImportedDocument.Block> blocks(PackagePart document, DocxContent content) throws IOException, XMLStreamException {
        List<ImportedDocument.Block> out = new ArrayList<>();
        try (InputStream stream = document.getInputStream()) {
            XMLStreamReader in = WordParts.open(stream);
            try {
                WordParts.toRoot(in);
                while (WordParts.nextChild(in)) {
                    if (WordXmlReader.isW(in, "body")) readBody(in, content, out);
                    else WordXmlReader.skip(in);
                }
            } finally {
                in.close();
            }
        }
        return out;
    }

    private static void readBody(XMLStreamReader in, DocxContent content, List<ImportedDocument.Block> out) throws XMLStreamException {
        while (WordParts.nextChild(in)) {
            boolean block = WordXmlReader.isW(in, "p") || WordXmlReader.isW(in, "tbl") || WordXmlReader.isW(in, "sdt");
            if (!block) {
                WordXmlReader.skip(in);
                continue;
            }
            ImportedDocument.Block b = content.block(WordXmlReader.read(in));
            if (b != null) out.add(b);
        }
    }
}

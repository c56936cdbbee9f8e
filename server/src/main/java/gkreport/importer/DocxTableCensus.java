package gkreport.importer;

import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.opc.PackagePart;

/**
 * Counts the table rows of a Word document and the grid positions its cells fill (a cell spanning
 * columns or continuing a vertical merge fills as many as it spans, empty positions before a row
 * too), in one streaming pass that keeps nothing, and refuses a document past
 * {@link ImportLimits#MAX_DOCX_TABLE_ROWS} or {@link ImportLimits#MAX_DOCX_TABLE_CELLS} before
 * anything of it is read.
 */
final class DocxTableCensus {
    private long rows;
    private long cells;

    private DocxTableCensus() {
    }

    static void check(PackagePart document) throws UnreadableFileException, IOException, XMLStreamException {
        DocxTableCensus census = new DocxTableCensus();
        try (InputStream stream = document.getInputStream()) {
            XMLStreamReader in = WordParts.open(stream);
            try {
                census.count(in);
            } finally {
                in.close();
            }
        }
        if (census.rows > ImportLimits.MAX_DOCX_TABLE_ROWS) {
            throw new UnreadableFileException(Message.of("import.docx.tooManyRows", census.rows, ImportLimits.MAX_DOCX_TABLE_ROWS));
        }
        if (census.cells > ImportLimits.MAX_DOCX_TABLE_CELLS) {
            throw new UnreadableFileException(Message.of("import.docx.tooManyCells", census.cells, ImportLimits.MAX_DOCX_TABLE_CELLS));
        }
    }

    private void count(XMLStreamReader in) throws XMLStreamException {
        while (in.hasNext()) {
            if (in.next() != XMLStreamConstants.START_ELEMENT || !Ooxml.W.equals(in.getNamespaceURI())) continue;
            switch (in.getLocalName()) {
                case "tr" -> rows++;
                case "tc" -> cells++;
                case "gridBefore" -> cells += Math.min(intVal(in, 0), ImportLimits.MAX_SPAN);
                case "gridSpan" -> cells += Math.min(Math.max(1, intVal(in, 1)), ImportLimits.MAX_SPAN + 1) - 1;
                default -> {
                }
            }
        }
    }

    private static int intVal(XMLStreamReader in, int fallback) {
        return Ooxml.integer(in.getAttributeValue(Ooxml.W, "val"), fallback);
    }
}

package gkreport.testkit;

import gkreport.grammar.ReportParser;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNum;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;

/**
 * Builds .docx files with POI, as Word would save them: a sample report's lines as paragraphs and
 * its tables as Word tables (a cell's continued lines as line breaks inside the cell).
 */
public final class Docx {
    /** Section headings 「一、」 and subsections 「（一）」 as Word's automatic numbering writes them. */
    public static final String CHINESE_OUTLINE = """
            <w:abstractNum xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" w:abstractNumId="7">
              <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/><w:suff w:val="nothing"/></w:lvl>
              <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
              <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
            </w:abstractNum>""";

    private final XWPFDocument doc = new XWPFDocument();

    public XWPFDocument document() {
        return doc;
    }

    /** A .docx of the sample's text: each line a paragraph, each table a Word table. */
    public static Docx of(String text) {
        Docx d = new Docx();
        for (Block block : ReportParser.parse(text).blocks()) {
            if (block instanceof TextLine line) d.paragraph(line.text());
            else d.table(((Table) block).rows().stream().map(r -> r.cells().stream().map(Cell::text).toList()).toList());
        }
        return d;
    }

    /**
     * A .docx of the sample's text with its numbered headings written by automatic numbering: a
     * numeral the function finds at a line's start ({length, level, value}: 「一、」 is level 0,
     * 「（一）」 level 1) is left out of the text and given as the paragraph's numbering, when it is
     * the number Word's list would show there; any other numeral stays typed in the text.
     */
    public static Docx numbered(String text, Function<String, int[]> numeral) {
        Docx d = new Docx();
        BigInteger numId = d.numbering(CHINESE_OUTLINE);
        int[] counters = new int[3];
        for (Block block : ReportParser.parse(text).blocks()) {
            if (block instanceof TextLine line) {
                int[] found = numeral.apply(line.text());
                if (found == null || found[2] != counters[found[1]] + 1) {
                    d.paragraph(line.text());
                } else {
                    counters[found[1]]++;
                    for (int k = found[1] + 1; k < counters.length; k++) counters[k] = 0;
                    XWPFParagraph p = d.paragraph(line.text().substring(found[0]));
                    p.setNumID(numId);
                    p.setNumILvl(BigInteger.valueOf(found[1]));
                }
            } else {
                d.table(((Table) block).rows().stream().map(Row::cells).map(cs -> cs.stream().map(Cell::text).toList()).toList());
            }
        }
        return d;
    }

    /** Adds an abstract numbering definition and a list using it; returns the list's id. */
    public BigInteger numbering(String abstractNumXml) {
        try {
            XWPFNumbering numbering = doc.createNumbering();
            // XMLBeans reads an element's content from an <xml-fragment> root, not from the element itself.
            String fragment = abstractNumXml.strip().replaceFirst("^<w:abstractNum ", "<xml-fragment ")
                    .replaceFirst("</w:abstractNum>$", "</xml-fragment>");
            CTAbstractNum ct = CTAbstractNum.Factory.parse(fragment);
            BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
            return numbering.addNum(abstractId);
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Another list on the same definition whose first level restarts at start (Word's 「重新开始编号」). */
    public BigInteger restartedList(BigInteger abstractId, int start) {
        XWPFNumbering numbering = doc.getNumbering();
        BigInteger numId = BigInteger.valueOf(100 + start);
        String xml = "<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" w:numId=\"" + numId + "\">"
                + "<w:abstractNumId w:val=\"" + abstractId + "\"/><w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"" + start + "\"/>"
                + "</w:lvlOverride></xml-fragment>";
        try {
            return numbering.addNum(new XWPFNum(CTNum.Factory.parse(xml), numbering));
        } catch (XmlException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The abstract definition a list uses. */
    public BigInteger abstractOf(BigInteger numId) {
        return doc.getNumbering().getAbstractNumID(numId);
    }

    /** A paragraph; line breaks in the text become Word line breaks. */
    public XWPFParagraph paragraph(String text) {
        XWPFParagraph p = doc.createParagraph();
        write(p.createRun(), text);
        return p;
    }

    /** A table of the given cells; rows may differ in length. */
    public XWPFTable table(List<List<String>> rows) {
        XWPFTable table = doc.createTable();
        for (List<String> cells : rows) {
            XWPFTableRow row = table.insertNewTableRow(table.getNumberOfRows());
            for (String text : cells) {
                XWPFTableCell cell = row.addNewTableCell();
                XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
                write(p.createRun(), text);
            }
        }
        table.removeRow(0);
        return table;
    }

    public Path save(Path file) {
        try (OutputStream out = Files.newOutputStream(file)) {
            doc.write(out);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void write(XWPFRun run, String text) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) run.addBreak();
            run.setText(lines[i], i);
        }
    }
}

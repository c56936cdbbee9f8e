package gkreport.importer;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The text of paragraphs and content controls as Apache POI's {@code XWPFParagraph.getText()} and
 * {@code XWPFSDT.getContent().getText()} give it, read from {@link WordElement}s: the importer
 * gives the same text it gave when it read through POI's document classes, at a cost linear in the
 * document's size.
 */
final class WordText {
    /** Notes that cite notes: deeper than this is a loop. */
    private static final int MAX_NOTE_DEPTH = 8;

    private final Map<Integer, WordElement> footnotes;
    private final Map<Integer, WordElement> endnotes;

    WordText(Map<Integer, WordElement> footnotes, Map<Integer, WordElement> endnotes) {
        this.footnotes = footnotes;
        this.endnotes = endnotes;
    }

    /** A paragraph's runs and content controls, deleted runs left out, then the text of the notes it cites. */
    String paragraph(WordElement p) {
        return paragraph(p, 0);
    }

    private String paragraph(WordElement p, int depth) {
        StringBuilder out = new StringBuilder();
        List<WordElement> runs = new ArrayList<>();
        for (WordElement e : runsAndControls(p, new ArrayList<>())) {
            if (e.name().equals("sdt")) {
                out.append(control(e));
            } else {
                runs.add(e);
                if (!WordRunText.isDeleted(e)) out.append(WordRunText.of(e));
            }
        }
        for (WordElement run : runs) {
            for (WordElement ref : run.children()) {
                if (ref.name().equals("footnoteReference")) appendNote(out, ref, footnotes, depth);
                else if (ref.name().equals("endnoteReference")) appendNote(out, ref, endnotes, depth);
            }
        }
        return out.toString();
    }

    /** The text of a content control (w:sdt) in a paragraph, a cell or the body. */
    String control(WordElement sdt) {
        WordElement content = sdt.child("sdtContent");
        if (content == null) return "";
        StringBuilder text = new StringBuilder();
        List<WordElement> elements = content.children().stream().filter(e -> List.of("p", "tbl", "sdt", "r").contains(e.name())).toList();
        boolean newLine = false;
        for (int i = 0; i < elements.size(); i++) {
            WordElement e = elements.get(i);
            switch (e.name()) {
                case "p" -> runsOnly(e, text);
                case "tbl" -> controlTable(e, text);
                case "sdt" -> text.append(control(e));
                default -> text.append(WordRunText.of(e));
            }
            newLine = !e.name().equals("r");
            if (newLine && i < elements.size() - 1) text.append('\n');
        }
        return text.toString();
    }

    /** The runs of a paragraph in order, with the runs of its links, fields, revisions and smart tags. */
    private static List<WordElement> runsAndControls(WordElement parent, List<WordElement> out) {
        for (WordElement o : parent.children()) {
            switch (o.name()) {
                case "r", "sdt" -> out.add(o);
                case "hyperlink", "fldSimple" -> out.addAll(runs(o));
                case "ins", "del", "moveFrom", "moveTo" -> {
                    out.addAll(runs(o));
                    for (WordElement inserted : o.children()) {
                        if (inserted.name().equals("ins")) runsAndControls(inserted, out);
                    }
                }
                case "smartTag" -> runsAndControls(o, out);
                default -> {
                }
            }
        }
        return out;
    }

    private static List<WordElement> runs(WordElement parent) {
        return parent.children().stream().filter(c -> c.name().equals("r")).toList();
    }

    private void appendNote(StringBuilder out, WordElement ref, Map<Integer, WordElement> notes, int depth) {
        String id = ref.attr("id");
        Integer key = WordRunText.noteId(ref);
        WordElement note = notes.get(key == null ? 0 : key);
        out.append(" [").append(id == null ? "null" : new BigInteger(id.strip())).append(": ");
        if (note == null || depth >= MAX_NOTE_DEPTH) {
            out.append("!!! End note with ID \"").append(id == null ? "null" : new BigInteger(id.strip())).append("\" not found in document.");
        } else {
            List<String> lines = new ArrayList<>();
            for (WordElement p : note.children()) {
                if (p.name().equals("p")) lines.add(paragraph(p, depth + 1));
            }
            out.append(String.join("\n", lines));
        }
        out.append("] ");
    }

    /** A paragraph inside a content control: its runs, deleted ones too, without its notes. */
    private static void runsOnly(WordElement p, StringBuilder text) {
        for (WordElement e : runsAndControls(p, new ArrayList<>())) {
            if (e.name().equals("r")) text.append(WordRunText.of(e));
        }
    }

    private void controlTable(WordElement tbl, StringBuilder text) {
        for (WordElement tr : tbl.children()) {
            if (!tr.name().equals("tr")) continue;
            List<WordElement> cells = tr.children().stream().filter(c -> c.name().equals("tc") || c.name().equals("sdt")).toList();
            for (int i = 0; i < cells.size(); i++) {
                WordElement cell = cells.get(i);
                text.append(cell.name().equals("tc") ? cellRecursively(cell) : control(cell));
                if (i < cells.size() - 1) text.append('\t');
            }
            text.append('\n');
        }
    }

    /** A cell's text as {@code XWPFTableCell.getTextRecursively()} gives it. */
    private String cellRecursively(WordElement tc) {
        StringBuilder text = new StringBuilder();
        appendBody(tc, text);
        return text.toString();
    }

    private void appendBody(WordElement container, StringBuilder text) {
        List<WordElement> elements = container.children().stream().filter(e -> List.of("p", "tbl", "sdt").contains(e.name())).toList();
        for (int i = 0; i < elements.size(); i++) {
            WordElement e = elements.get(i);
            boolean last = i == elements.size() - 1;
            switch (e.name()) {
                case "p" -> text.append(paragraph(e)).append(last ? "" : "\t");
                case "sdt" -> text.append(control(e)).append(last ? "" : "\t");
                default -> {
                    for (WordElement tr : e.children()) {
                        if (!tr.name().equals("tr")) continue;
                        for (WordElement tc : tr.children()) {
                            if (tc.name().equals("tc")) appendBody(tc, text);
                        }
                    }
                    if (!last) text.append('\n');
                }
            }
        }
    }
}

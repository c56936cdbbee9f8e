package gkreport.importer.pdf;

import java.util.List;

/**
 * The text of a table cell from its glyphs: its lines top to bottom, joined with no separator
 * where a CJK character meets the break (a label wrapped inside its cell, 「本年新」/「制作数量」, or
 * the one-character lines of a vertical label, read as 「三、本年度办理结果」) and with a
 * {@code '\n'} between other lines.
 */
final class CellText {
    private CellText() {
    }

    static String of(List<Glyph> glyphs) {
        String text = "";
        for (TextLine line : TextLines.of(glyphs)) text = joined(text, line.text());
        return text;
    }

    /** A cell's text with a further line of it. */
    static String joined(String text, String next) {
        if (text.isEmpty() || next.isEmpty()) return text + next;
        return Script.endsWide(text) || Script.startsWide(next) ? text + next : text + "\n" + next;
    }
}

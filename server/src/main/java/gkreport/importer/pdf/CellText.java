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
        StringBuilder text = new StringBuilder();
        for (TextLine line : TextLines.of(glyphs)) {
            if (text.length() > 0 && !Script.endsWide(text) && !Script.startsWide(line.text())) text.append('\n');
            text.append(line.text());
        }
        return text.toString();
    }
}

package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The header of a space-aligned table, read column by column. A header cell wraps over lines
 * that pdftotext interleaves with its neighbours' (「商业 科研」 / 「企业 机构」): the words that
 * start at the same column, one line below the other, are one cell (「商业企业」「科研机构」).
 */
final class LayoutHeader {
    private LayoutHeader() {
    }

    /** One row of the header lines' cells, left to right; its range spans the lines. */
    static Row row(List<LayoutLine> lines) {
        Map<Integer, List<LayoutField>> columns = new TreeMap<>();
        for (LayoutLine line : lines) {
            for (LayoutField field : line.fields()) {
                for (LayoutField word : words(field)) columns.computeIfAbsent(word.column(), c -> new ArrayList<>()).add(word);
            }
        }
        List<Cell> cells = columns.values().stream().map(LayoutField::cell).toList();
        TextRange range = lines.get(0).range().union(lines.get(lines.size() - 1).range());
        return new Row(range, lines.get(0).line(), RowForm.SPACED, cells);
    }

    /**
     * A field's words: its text split at single spaces, a lone character kept with its
     * neighbour (pdftotext spaces out 「总 计」 and 「结 果」 as it spaces out columns).
     */
    static List<LayoutField> words(LayoutField field) {
        List<LayoutField> words = new ArrayList<>();
        String text = field.text();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i < text.length() && text.charAt(i) != ' ') continue;
            if (i > start) {
                LayoutField word = piece(field, start, i);
                LayoutField last = words.isEmpty() ? null : words.get(words.size() - 1);
                if (last != null && (length(last) == 1 || length(word) == 1)) {
                    words.set(words.size() - 1, piece(field, last.range().start() - field.range().start(), i));
                } else {
                    words.add(word);
                }
            }
            start = i + 1;
        }
        return words;
    }

    private static LayoutField piece(LayoutField field, int from, int to) {
        int column = field.column() + field.text().codePointCount(0, from);
        return new LayoutField(field.text().substring(from, to), field.range().sub(from, to), field.line(), column);
    }

    private static int length(LayoutField word) {
        return word.text().codePointCount(0, word.text().length());
    }
}

package gkreport.recognize;

import gkreport.grammar.CellValues;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.CellValue;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A line of space-aligned text: a row ending in numbers, or a line of text (a header, a caption,
 * a piece of a label, a page number), split into fields where they stand.
 *
 * @param line      0-based line number
 * @param range     the line without its line break
 * @param fields    its fields in order
 * @param hasValues whether the grammar read it as a row ending in numbers
 * @param opensPage whether a form feed starts it (pdftotext ends every page with one)
 */
record LayoutLine(int line, TextRange range, List<LayoutField> fields, boolean hasValues, boolean opensPage) {
    /** 「-3-」「- 4 -」「— 5 —」「第3页」. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－]+\\s*\\d{1,4}\\s*[-—–－]+|第\\s*\\d{1,4}\\s*页");

    LayoutLine {
        fields = List.copyOf(fields);
    }

    /**
     * A line of text of the region; a label and its one number apart by a single space (「行政事业性收费
     * 12.5」, where the label column is too narrow for a gap) is a row of values too.
     */
    static LayoutLine of(TextLine text, String source) {
        List<LayoutField> fields = LayoutField.split(source, text.range(), text.line());
        return new LayoutLine(text.line(), text.range(), fields, isLabelAndNumber(fields), opensPage(source, text.range()));
    }

    private static boolean isLabelAndNumber(List<LayoutField> fields) {
        return fields.size() == 2 && Labels.hasHan(fields.get(0).text())
                && CellValues.read(fields.get(1).text()).kind() == CellValue.Kind.NUMBER;
    }

    /** A space-aligned row: its cells are its fields (a row's range starts where its line does). */
    static LayoutLine of(Row row, String source) {
        List<LayoutField> fields = new ArrayList<>(row.cells().size());
        int offset = row.range().start();
        int column = 0;
        for (Cell cell : row.cells()) {
            column += LayoutField.columns(source, offset, cell.range().start());
            offset = cell.range().start();
            fields.addAll(new LayoutField(cell.text(), cell.range(), row.firstLine(), column).cutAtCellStarts());
        }
        return new LayoutLine(row.firstLine(), row.range(), fields, true, opensPage(source, row.range()));
    }

    boolean isPageNumber() {
        return fields.size() == 1 && PAGE_NUMBER.matcher(fields.get(0).text()).matches();
    }

    private static boolean opensPage(String source, TextRange range) {
        return range.start() < source.length() && source.charAt(range.start()) == '\f';
    }
}

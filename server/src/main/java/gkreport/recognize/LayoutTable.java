package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.model.Labels;
import gkreport.model.Table2Spec;
import java.util.ArrayList;
import java.util.List;

/**
 * One table built from the lines of a region of space-aligned text, in rows the readers read as
 * they read the other forms: a caption row for each 「第二十条第（X）项」 of table 二; a header row,
 * read column by column, of the lines before the first row of numbers and after each caption; a
 * row for each line of numbers, its label gathered from the pieces around it, its values placed
 * in their columns. Page numbers and form feeds do not end the table; a new page or block has its
 * own columns.
 */
final class LayoutTable {

    private final String source;
    /** The rows in order; null where a row of numbers goes, made when all its neighbours are known. */
    private final List<Row> rows = new ArrayList<>();
    private final List<LayoutLine> numbers = new ArrayList<>();
    private final List<List<LayoutLine>> textAfter = new ArrayList<>();
    /** Rows of numbers laid out alike (one page, one block), whose columns are found together. */
    private final List<List<Integer>> groups = new ArrayList<>();
    /** Rows of numbers with no caption or header between them, whose labels may run into each other. */
    private final List<List<Integer>> runs = new ArrayList<>();
    private final List<LayoutLine> header = new ArrayList<>();
    private boolean inHeader = true;
    private boolean newPage;

    private LayoutTable(String source) {
        this.source = source;
        groups.add(new ArrayList<>());
        runs.add(new ArrayList<>());
    }

    /** The table the lines make, or null when they hold no row of numbers. */
    static Table build(List<LayoutLine> lines, String source) {
        LayoutTable table = new LayoutTable(source);
        for (LayoutLine line : lines) table.accept(line);
        return table.finish();
    }

    private void accept(LayoutLine line) {
        if (line.isPageNumber()) {
            newPage = true;
            return;
        }
        newPage |= line.opensPage();
        if (isCaption(line)) {
            flushHeader();
            rows.add(new Row(line.range(), line.line(), RowForm.PLAIN, List.of(LayoutField.cell(line.fields()))));
            inHeader = true;
            groups.add(new ArrayList<>());
            runs.add(new ArrayList<>());
        } else if (line.hasValues()) {
            flushHeader();
            inHeader = false;
            if (newPage) groups.add(new ArrayList<>());
            newPage = false;
            int index = numbers.size();
            numbers.add(line);
            textAfter.add(new ArrayList<>());
            groups.get(groups.size() - 1).add(index);
            runs.get(runs.size() - 1).add(index);
            rows.add(null);
        } else if (inHeader) {
            header.add(line);
        } else {
            textAfter.get(numbers.size() - 1).add(line);
        }
    }

    private void flushHeader() {
        if (header.isEmpty()) return;
        rows.add(LayoutHeader.row(header));
        header.clear();
    }

    private Table finish() {
        flushHeader();
        if (numbers.isEmpty()) return null;
        LayoutColumns.Placed[] placed = placeValues();
        List<List<LayoutField>> labels = gatherLabels(placed);
        int next = 0;
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i) == null) {
                rows.set(i, row(numbers.get(next), labels.get(next), placed[next].values()));
                next++;
            }
        }
        TextRange range = rows.get(0).range();
        for (Row row : rows) range = range.union(row.range());
        return new Table(range, rows);
    }

    /** Each row of numbers split into label fields and values in the columns of its page or block. */
    private LayoutColumns.Placed[] placeValues() {
        LayoutColumns.Placed[] placed = new LayoutColumns.Placed[numbers.size()];
        for (List<Integer> group : groups) {
            List<LayoutColumns.Placed> found = LayoutColumns.place(group.stream().map(numbers::get).toList(), source);
            for (int i = 0; i < group.size(); i++) placed[group.get(i)] = found.get(i);
        }
        return placed;
    }

    /** Each row of numbers' label: its own fields and the pieces of the lines around it that belong to it. */
    private List<List<LayoutField>> gatherLabels(LayoutColumns.Placed[] placed) {
        List<List<LayoutField>> labels = new ArrayList<>(numbers.size());
        for (List<Integer> run : runs) {
            List<LayoutLabels.Gap> gaps = new ArrayList<>(run.size());
            for (int index : run) {
                LayoutLine line = numbers.get(index);
                gaps.add(new LayoutLabels.Gap(line.line(), LayoutLabels.ownLabel(placed[index].labels()),
                        pieces(textAfter.get(index), valuesStart(line, placed[index]))));
            }
            labels.addAll(LayoutLabels.assign(gaps));
        }
        return labels;
    }

    /** Where the values of a row start: text lines' fields from there on are no label's pieces. */
    private static int valuesStart(LayoutLine line, LayoutColumns.Placed placed) {
        int labelCount = placed.labels().size();
        return labelCount < line.fields().size() ? line.fields().get(labelCount).column() : Integer.MAX_VALUE;
    }

    /** The label pieces of the lines of text after a row: their fields left of its values, group labels left out. */
    private static List<LayoutLabels.Piece> pieces(List<LayoutLine> lines, int valuesStart) {
        List<LayoutLabels.Piece> pieces = new ArrayList<>();
        for (LayoutLine line : lines) {
            List<LayoutField> fields = line.fields().stream()
                    .filter(f -> f.column() < valuesStart && !LayoutLabels.isGroupOrVertical(f.text())).toList();
            if (!fields.isEmpty()) pieces.add(new LayoutLabels.Piece(fields, line.line()));
        }
        return pieces;
    }

    private static Row row(LayoutLine line, List<LayoutField> label, List<Cell> values) {
        List<Cell> cells = new ArrayList<>(values.size() + 1);
        TextRange range = line.range();
        int firstLine = line.line();
        if (!label.isEmpty()) {
            Cell labelCell = LayoutField.cell(label);
            cells.add(labelCell);
            range = range.union(labelCell.range());
            firstLine = Math.min(firstLine, label.get(0).line());
        }
        cells.addAll(values);
        return new Row(range, firstLine, RowForm.SPACED, cells);
    }

    private static boolean isCaption(LayoutLine line) {
        return !line.hasValues() && line.fields().size() == 1 && Table2Spec.CAPTION.matcher(Labels.normalize(line.fields().get(0).text())).find();
    }
}

package gkreport.recognize;

import gkreport.grammar.CellValues;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.CellValue;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.Table2Spec;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Table 二 as a PDF's default text extraction writes it: every cell on a line of its own, the
 * grid gone (「第二十条第（一）项」/「信息内容」/「本年制发件数」…/「规章」/「0」/「0」/「0」/…). Each
 * line is told apart as a caption, a column name, a row label, a number or a page number; a block
 * is read only where the order leaves no doubt: each label followed by its values, or one label
 * and its values in any order. Anything else, and the table is left unread (unreadable-table).
 */
final class CellSequenceTable2 {
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[-—–－\\s]*\\d{1,3}[-—–－\\s]*$");
    private static final double SAME = 0.85;

    private enum Kind { CAPTION, HEAD, COLUMN, LABEL, NUMBER }

    private record Piece(Kind kind, Cell cell, TextLine line) {
    }

    private CellSequenceTable2() {
    }

    /** Table 二 gathered from one-cell lines, or null when there are none or their order is in doubt. */
    static Table read(List<Block> blocks) {
        List<Piece> pieces = pieces(blocks);
        if (pieces.isEmpty()) return null;
        List<Row> rows = new ArrayList<>();
        int start = 0;
        while (start < pieces.size()) {
            int end = start + 1;
            while (end < pieces.size() && pieces.get(end).kind != Kind.CAPTION) end++;
            List<Row> block = block(pieces.subList(start, end));
            if (block == null) return null;
            rows.addAll(block);
            start = end;
        }
        if (!hasEveryBlock(pieces)) return null; // the lines ran out before the table's end: the rest is not in order
        return new Table(rows.get(0).range().union(rows.get(rows.size() - 1).range()), rows);
    }

    /** Whether the captions read are every block of one format, in its order. */
    private static boolean hasEveryBlock(List<Piece> pieces) {
        List<String> captions = pieces.stream().filter(p -> p.kind == Kind.CAPTION).map(p -> Labels.normalize(p.cell.text())).toList();
        for (TemplateVersion v : TemplateVersion.values()) {
            if (Table2Spec.blocks(v).stream().map(b -> Labels.normalize(b.caption())).toList().equals(captions)) return true;
        }
        return false;
    }

    /** The one-cell lines from the first caption of table 二 to the first line that is none. */
    private static List<Piece> pieces(List<Block> blocks) {
        List<Piece> pieces = new ArrayList<>();
        for (Block block : blocks) {
            if (!(block instanceof TextLine line)) {
                if (!pieces.isEmpty()) break;
                continue;
            }
            String text = line.text().strip();
            Kind kind = kind(text);
            if (pieces.isEmpty() && kind != Kind.CAPTION) continue;
            if (kind == null) {
                if (PAGE_NUMBER.matcher(text).matches()) continue;
                break;
            }
            pieces.add(new Piece(kind, cell(line), line));
        }
        return pieces;
    }

    private static Kind kind(String text) {
        String n = Labels.normalize(text);
        if (Table2Spec.CAPTION.matcher(n).matches()) return Kind.CAPTION;
        if (n.equals("信息内容")) return Kind.HEAD;
        if (CellValues.read(text).kind() == CellValue.Kind.NUMBER) return Kind.NUMBER;
        if (isOneOf(text, true)) return Kind.COLUMN;
        if (isOneOf(text, false)) return Kind.LABEL;
        return null;
    }

    private static boolean isOneOf(String text, boolean columns) {
        for (TemplateVersion v : TemplateVersion.values()) {
            for (Table2Spec.BlockSpec b : Table2Spec.blocks(v)) {
                for (String known : columns ? b.columns() : b.rows()) {
                    if (Labels.similarity(text, known) >= SAME) return true;
                }
            }
        }
        return false;
    }

    /**
     * A block's rows: its caption, its header (信息内容 and the column names, wherever they
     * stand), and its data rows when the labels and numbers can be paired without doubt.
     */
    private static List<Row> block(List<Piece> pieces) {
        List<Piece> columns = pieces.stream().filter(p -> p.kind == Kind.COLUMN || p.kind == Kind.HEAD).toList();
        List<Piece> labels = pieces.stream().filter(p -> p.kind == Kind.LABEL).toList();
        List<Piece> numbers = pieces.stream().filter(p -> p.kind == Kind.NUMBER).toList();
        int width = (int) columns.stream().filter(p -> p.kind == Kind.COLUMN).count();
        if (width == 0 || labels.isEmpty() || numbers.size() != labels.size() * width) return null;
        List<Row> rows = new ArrayList<>();
        rows.add(row(List.of(pieces.get(0))));
        rows.add(row(columns));
        if (labels.size() == 1) {
            List<Piece> row = new ArrayList<>(labels);
            row.addAll(numbers);
            rows.add(row(row));
            return rows;
        }
        List<Piece> data = pieces.stream().filter(p -> p.kind == Kind.LABEL || p.kind == Kind.NUMBER).toList();
        for (int i = 0; i < data.size(); i += width + 1) {
            List<Piece> row = data.subList(i, i + width + 1);
            if (row.get(0).kind != Kind.LABEL || row.subList(1, row.size()).stream().anyMatch(p -> p.kind != Kind.NUMBER)) return null;
            rows.add(row(row));
        }
        return rows;
    }

    private static Row row(List<Piece> pieces) {
        TextRange range = pieces.get(0).line.range();
        for (Piece p : pieces) range = range.union(p.line.range());
        return new Row(range, pieces.get(0).line.line(), RowForm.CELL_SEQUENCE, pieces.stream().map(Piece::cell).toList());
    }

    private static Cell cell(TextLine line) {
        String raw = line.text();
        int from = 0;
        int to = raw.length();
        while (from < to && Character.isWhitespace(raw.charAt(from))) from++;
        while (to > from && Character.isWhitespace(raw.charAt(to - 1))) to--;
        return new Cell(raw.substring(from, to), line.range().sub(from, to));
    }
}

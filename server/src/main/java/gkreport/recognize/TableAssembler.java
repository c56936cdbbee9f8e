package gkreport.recognize;

import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.TableLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Joins the pieces of one table that a converter split with lines of plain text: a caption
 * 「第二十条第（一）项」 or a label written without a separator, or a cell broken over lines
 * (「商业」 / 「企业→科研…」). Such a line is taken into the table that follows it.
 */
final class TableAssembler {
    private static final int MAX_PIECE_LENGTH = 40;
    private static final int SHORT_PIECE = 6;
    private static final Pattern CAPTION = Pattern.compile("第二十条第[（(][一二三四五六七八九十]+[）)]项");

    private TableAssembler() {
    }

    static List<Table> tables(List<Block> written, String source) {
        List<Block> blocks = LayoutTables.assemble(written, source);
        List<Table> tables = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Table table) {
                rows.addAll(table.rows());
            } else if (block instanceof TextLine line && i + 1 < blocks.size() && blocks.get(i + 1) instanceof Table
                    && isTablePiece(line, source)) {
                rows.add(plainRow(line));
            } else {
                flush(rows, tables);
            }
        }
        flush(rows, tables);
        return tables;
    }

    private static boolean isTablePiece(TextLine line, String source) {
        String text = line.text().strip();
        if (text.isEmpty() || text.length() > MAX_PIECE_LENGTH || text.contains("。")) return false;
        if (SectionFinder.heading(line, source) != null) return false;
        return CAPTION.matcher(text).find() || TableLabels.isTableLabel(text)
                || Labels.normalize(text).startsWith("信息内容") || text.length() <= SHORT_PIECE;
    }

    private static Row plainRow(TextLine line) {
        Cell cell = new Cell(line.text().strip(), line.contentRange());
        return new Row(line.range(), line.line(), RowForm.PLAIN, List.of(cell));
    }

    private static void flush(List<Row> rows, List<Table> tables) {
        if (rows.isEmpty()) return;
        tables.add(new Table(rows.get(0).range().union(rows.get(rows.size() - 1).range()), rows));
        rows.clear();
    }
}

package gkreport.recognize;

import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.Table2Spec;
import gkreport.model.TableLabels;
import java.util.ArrayList;
import java.util.List;

/**
 * Joins the pieces of one table that a converter split with lines of plain text: a caption
 * 「第二十条第（一）项」 or a label written without a separator, a cell broken over lines
 * (「商业」 / 「企业→科研…」), or the Markdown headings an OCR tool writes between the parts of a
 * table (「### （三）不予公开」, 「### 行政复议」). Such a line is taken into the table that follows
 * it; of the headings, a run.
 */
final class TableAssembler {
    private static final int MAX_PIECE_LENGTH = 40;
    private static final int SHORT_PIECE = 6;
    /** Header words of table 三 and the blocks of table 四, which OCR writes as headings of their own. */
    private static final List<String> HEADER_WORDS = List.of("信息内容", "申请人情况", "行政复议", "行政诉讼", "未经复议直接起诉",
            "复议后起诉");

    private TableAssembler() {
    }

    static List<Table> tables(List<Block> written, String source) {
        List<Block> blocks = LayoutTables.assemble(written, source);
        List<Table> tables = new ArrayList<>();
        List<Row> rows = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            Block block = blocks.get(i);
            if (block instanceof Table table) {
                rows.addAll(table.rows());
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < blocks.size() && blocks.get(runEnd) instanceof TextLine line && isTablePiece(line, source)
                    && (runEnd == i || isMarkdownHeading(line))) {
                runEnd++;
            }
            if (runEnd > i && runEnd < blocks.size() && blocks.get(runEnd) instanceof Table) {
                for (int k = i; k < runEnd; k++) rows.add(plainRow((TextLine) blocks.get(k)));
                i = runEnd;
            } else {
                flush(rows, tables);
                i = Math.max(i + 1, runEnd);
            }
        }
        flush(rows, tables);
        return tables;
    }

    /**
     * An OCR tool's heading between the parts of a table. Only such headings join the table as a
     * run; of plain lines, only the one right before a table does (a converter's caption or broken
     * cell), since a run of plain lines is as likely the lost text of another table.
     */
    private static boolean isMarkdownHeading(TextLine line) {
        return line.prefix().marksEnd() > 0 && line.text().stripLeading().startsWith("#");
    }

    private static boolean isTablePiece(TextLine line, String source) {
        String text = line.text().substring(Math.min(line.prefix().marksEnd(), line.text().length())).strip();
        if (text.isEmpty() || text.length() > MAX_PIECE_LENGTH || text.contains("。")) return false;
        if (SectionFinder.heading(line, source) != null) return false;
        String normalized = Labels.normalize(text);
        return Table2Spec.CAPTION.matcher(normalized).find() || TableLabels.isTableLabel(text)
                || HEADER_WORDS.stream().anyMatch(normalized::startsWith) || text.length() <= SHORT_PIECE;
    }

    /** The line as a row of one cell, without Markdown heading marks. */
    private static Row plainRow(TextLine line) {
        String text = line.text().substring(Math.min(line.prefix().marksEnd(), line.text().length())).strip();
        Cell cell = new Cell(text, line.contentRange());
        return new Row(line.range(), line.line(), RowForm.PLAIN, List.of(cell));
    }

    private static void flush(List<Row> rows, List<Table> tables) {
        if (rows.isEmpty()) return;
        tables.add(new Table(rows.get(0).range().union(rows.get(rows.size() - 1).range()), rows));
        rows.clear();
    }
}

package gkreport.recognize;

import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.Labels;
import java.util.ArrayList;
import java.util.List;

/**
 * Parts one table that holds several of the report's tables: a web page or a Word file may draw
 * tables 二, 三 and 四 as one grid, and a converter may write them with nothing between. A new
 * table starts at the first row of table 三's header (its 勾稽关系 note, 申请人情况, or its first row)
 * after rows of table 二, and at the first row of table 四's header after table 三's last row.
 */
final class TableSplitter {
    private static final List<String> TABLE3_START = List.of("勾稽关系", "申请人情况", "本年新收政府信息公开申请数量");
    private static final List<String> TABLE3_END = List.of("结转下年度继续办理");
    private static final List<String> TABLE4_START = List.of("行政复议", "结果维持", "审结", "复议后起诉");
    /** A header cell is short; a longer one is a note or prose, whatever words it holds. */
    private static final int MAX_HEADER_CELL = 80;

    private TableSplitter() {
    }

    static List<Table> split(Table table) {
        List<Row> rows = table.rows();
        int start3 = -1;
        boolean table2 = false;
        for (int i = 0; i < rows.size() && start3 < 0; i++) {
            if (Table2Reader.isCaption(rows.get(i))) table2 = true;
            else if (table2 && mentions(rows.get(i), TABLE3_START)) start3 = i;
        }
        int from3 = Math.max(start3, 0);
        int end3 = -1;
        for (int i = from3; i < rows.size(); i++) {
            if (mentions(rows.get(i), TABLE3_END)) end3 = i;
        }
        int start4 = -1;
        for (int i = end3 + 1; end3 >= 0 && i < rows.size() && start4 < 0; i++) {
            if (mentions(rows.get(i), TABLE4_START)) start4 = i;
        }
        List<Integer> cuts = new ArrayList<>();
        if (start3 > 0) cuts.add(start3);
        if (start4 > 0) cuts.add(start4);
        if (cuts.isEmpty()) return List.of(table);
        List<Table> parts = new ArrayList<>();
        int from = 0;
        for (int cut : cuts) {
            parts.add(part(rows.subList(from, cut)));
            from = cut;
        }
        parts.add(part(rows.subList(from, rows.size())));
        return parts;
    }

    private static Table part(List<Row> rows) {
        return new Table(rows.get(0).range().union(rows.get(rows.size() - 1).range()), rows);
    }

    private static boolean mentions(Row row, List<String> words) {
        for (Cell cell : row.cells()) {
            if (cell.text().length() <= MAX_HEADER_CELL && Labels.holdsAny(cell.text(), words)) return true;
        }
        return false;
    }
}

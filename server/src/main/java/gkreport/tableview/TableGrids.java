package gkreport.tableview;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.model.DataRow;
import gkreport.model.RowSpec;
import gkreport.model.Table2;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.model.Table4;
import gkreport.model.Table4Spec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Tables 二, 三 and 四 as grids to draw: blocks of rows under column headers, the headers and the
 * nesting of row labels as the national format prints them. The rows and cells are the model's.
 */
public final class TableGrids {
    /** 「申请人情况」 over every column of table 三, 「法人或其他组织」 over the five between 自然人 and 总计. */
    private static final String APPLICANTS = "申请人情况";
    private static final String ORGANISATIONS = "法人或其他组织";
    private static final String INFO_CONTENT = "信息内容";

    /**
     * A block of rows under one header.
     *
     * @param caption      its caption (「第二十条第（一）项」), or null
     * @param captionRange where the caption is written, or null
     * @param labelHeader  the header over the row labels, or null when the rows have no labels (table 四)
     * @param columns      each column's header, outermost group first (「申请人情况」「法人或其他组织」「商业企业」)
     * @param rows         its rows
     */
    public record Block(String caption, TextRange captionRange, String labelHeader, List<List<String>> columns, List<Row> rows) {
    }

    /**
     * A row.
     *
     * @param data    the row as read
     * @param label   the format's label, or the written one for a row the format lacks
     * @param groups  the merged group cells on its left, outermost first (「三、本年度办理结果」「（三）不予公开」)
     * @param unknown a row the format does not have
     */
    public record Row(DataRow data, String label, List<String> groups, boolean unknown) {
    }

    private TableGrids() {
    }

    /** Each block of the format as read, then the rows no block holds (under {@code unknownCaption}). */
    public static List<Block> table2(Table2 table, String unknownCaption) {
        List<Block> blocks = new ArrayList<>();
        for (Table2.Block b : table.blocks()) {
            List<List<String>> columns = b.spec() == null ? List.of() : b.spec().columns().stream().map(List::of).toList();
            List<Row> rows = b.rows().stream().map(r -> known(r, List.of())).toList();
            blocks.add(new Block(captionText(b.caption()), b.caption().range(), INFO_CONTENT, columns, rows));
        }
        if (!table.unknownRows().isEmpty()) {
            List<Row> rows = table.unknownRows().stream().map(r -> new Row(r, r.label(), List.of(), true)).toList();
            blocks.add(new Block(unknownCaption, null, INFO_CONTENT, List.of(), rows));
        }
        return blocks;
    }

    public static List<Block> table3(Table3 table) {
        List<List<String>> columns = new ArrayList<>();
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            String column = Table3Spec.COLUMNS.get(c);
            boolean organisation = c > 0 && c < Table3Spec.TOTAL_COLUMN;
            columns.add(organisation ? List.of(APPLICANTS, ORGANISATIONS, column) : List.of(APPLICANTS, column));
        }
        List<Row> rows = table.rows().stream().map(r -> r.spec() == null ? new Row(r, r.label(), List.of(), true)
                : known(r, groups(r.spec()))).toList();
        return List.of(new Block(null, null, "", columns, rows));
    }

    /** One row of three blocks of five cells: 「行政诉讼·未经复议直接起诉」 heads two header rows. */
    public static List<Block> table4(Table4 table) {
        List<List<String>> columns = new ArrayList<>();
        for (String block : Table4Spec.BLOCKS) {
            for (String column : Table4Spec.BLOCK_COLUMNS) {
                List<String> path = new ArrayList<>(Arrays.asList(block.split("·")));
                path.add(column);
                columns.add(path);
            }
        }
        List<Row> rows = table.data() == null ? List.of() : List.of(new Row(table.data(), "", List.of(), false));
        return List.of(new Block(null, null, null, columns, rows));
    }

    private static Row known(DataRow row, List<String> groups) {
        return new Row(row, row.spec().label(), groups, false);
    }

    /** An outcome row stands under 「三、本年度办理结果」, an item also under its group (「（三）不予公开」). */
    private static List<String> groups(RowSpec spec) {
        if (spec.group() == null) return List.of();
        if (spec.group().equals(Table3Spec.RESULTS)) return List.of(Table3Spec.RESULTS);
        return List.of(Table3Spec.RESULTS, spec.group());
    }

    private static String captionText(gkreport.grammar.syntax.Row caption) {
        return caption.cells().stream().map(Cell::text).map(String::strip).filter(t -> !t.isEmpty()).findFirst().orElse("");
    }
}

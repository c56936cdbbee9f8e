package gkreport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every instance of the arithmetic relations of report-format.md in a report (T3-balance,
 * T3-total-row, T3-total-col, T4-total), in that order: which cells are added up and which total
 * they must equal. The one definition both {@code sum-relation} and the editor's hovers and inlay
 * hints use. A relation whose rows are not all present is absent.
 */
public final class Relations {
    private Relations() {
    }

    public static List<SumRelation> of(Report report) {
        List<SumRelation> out = new ArrayList<>();
        if (report.table3() != null) {
            balance(report.table3(), out);
            totalRow(report.table3(), out);
            totalColumns(report.table3(), out);
        }
        if (report.table4() != null && report.table4().data() != null) table4(report.table4().data(), out);
        return List.copyOf(out);
    }

    public static List<SumRelation> involving(List<SumRelation> relations, DataCell cell) {
        return relations.stream().filter(r -> r.involves(cell)).toList();
    }

    /** T3-balance: R1 + R2 = R3.7 + R4 in every column. */
    private static void balance(Table3 t, List<SumRelation> out) {
        Optional<DataRow> r1 = t.row(Table3Spec.R1);
        Optional<DataRow> r2 = t.row(Table3Spec.R2);
        Optional<DataRow> total = t.row(Table3Spec.R3_TOTAL);
        Optional<DataRow> r4 = t.row(Table3Spec.R4);
        if (r1.isEmpty() || r2.isEmpty() || total.isEmpty() || r4.isEmpty()) return;
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            out.add(new SumRelation(SumRelation.Kind.T3_BALANCE, Table3Spec.COLUMNS.get(c),
                    List.of(r1.get().cell(c), r2.get().cell(c)), List.of(total.get().cell(c), r4.get().cell(c))));
        }
    }

    /** T3-total-row: （七）总计 = the sum of every outcome row, in every column. */
    private static void totalRow(Table3 t, List<SumRelation> out) {
        Optional<DataRow> total = t.row(Table3Spec.R3_TOTAL);
        if (total.isEmpty()) return;
        List<DataRow> outcomes = new ArrayList<>();
        for (RowSpec spec : Table3Spec.outcomeRows(t.version())) {
            Optional<DataRow> row = t.row(spec.key());
            if (row.isEmpty()) return;
            outcomes.add(row.get());
        }
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            final int column = c;
            List<DataCell> parts = outcomes.stream().map(r -> r.cell(column)).toList();
            out.add(new SumRelation(SumRelation.Kind.T3_TOTAL_ROW, Table3Spec.COLUMNS.get(c), parts, List.of(total.get().cell(c))));
        }
    }

    /** T3-total-col: in every row of the format, 总计 = 自然人 + 商业企业 + … + 其他. */
    private static void totalColumns(Table3 t, List<SumRelation> out) {
        for (DataRow row : t.rows()) {
            if (row.spec() == null) continue;
            out.add(new SumRelation(SumRelation.Kind.T3_TOTAL_COL, row.spec().displayLabel(),
                    row.cells().subList(0, Table3Spec.TOTAL_COLUMN), List.of(row.cell(Table3Spec.TOTAL_COLUMN))));
        }
    }

    /** T4-total: in each block, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    private static void table4(DataRow data, List<SumRelation> out) {
        int width = Table4Spec.BLOCK_COLUMNS.size();
        for (int block = 0; block < Table4Spec.BLOCKS.size(); block++) {
            int base = block * width;
            out.add(new SumRelation(SumRelation.Kind.T4_TOTAL, Table4Spec.BLOCKS.get(block),
                    data.cells().subList(base, base + Table4Spec.TOTAL_IN_BLOCK),
                    List.of(data.cell(base + Table4Spec.TOTAL_IN_BLOCK))));
        }
    }
}

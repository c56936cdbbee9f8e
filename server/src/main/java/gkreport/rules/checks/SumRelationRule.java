package gkreport.rules.checks;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.RowSpec;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Message;
import gkreport.rules.Places;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.TextEdit;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The arithmetic relations of report-format.md: T3-balance, T3-total-row, T3-total-col and
 * T4-total. A relation is checked only when every cell in it holds a number: a blank or a word
 * is another rule's finding, and a sum that could not be read is never reported.
 */
public final class SumRelationRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SUM_RELATION;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.table3() != null) {
            checkBalance(report.table3(), out);
            checkTotalRow(report.table3(), out);
            checkTotalColumns(report.table3(), out);
        }
        if (report.table4() != null && report.table4().data() != null) checkTable4(report.table4().data(), out);
    }

    /** T3-balance: R1 + R2 = R3.7 + R4 in every column (the printed 勾稽关系). */
    private void checkBalance(Table3 t, Findings out) {
        Optional<DataRow> r1 = t.row(Table3Spec.R1);
        Optional<DataRow> r2 = t.row(Table3Spec.R2);
        Optional<DataRow> total = t.row(Table3Spec.R3_TOTAL);
        Optional<DataRow> r4 = t.row(Table3Spec.R4);
        if (r1.isEmpty() || r2.isEmpty() || total.isEmpty() || r4.isEmpty()) return;
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            DataCell a = r1.get().cell(c);
            DataCell b = r2.get().cell(c);
            DataCell x = total.get().cell(c);
            DataCell y = r4.get().cell(c);
            if (!allNumbers(List.of(a, b, x, y))) continue;
            BigDecimal left = a.number().add(b.number());
            BigDecimal right = x.number().add(y.number());
            if (left.compareTo(right) == 0) continue;
            Message msg = Message.of("sum.balance", Table3Spec.COLUMNS.get(c), plain(a), plain(b), plain(left),
                    plain(x), plain(y), plain(right));
            out.add(x.range(), msg, related(List.of(a, b, y)), null);
        }
    }

    /** T3-total-row: （七）总计 = the sum of every outcome row, in every column. */
    private void checkTotalRow(Table3 t, Findings out) {
        Optional<DataRow> total = t.row(Table3Spec.R3_TOTAL);
        if (total.isEmpty()) return;
        List<DataRow> outcomes = new ArrayList<>();
        for (RowSpec spec : Table3Spec.outcomeRows(t.version())) {
            Optional<DataRow> row = t.row(spec.key());
            if (row.isEmpty()) return; // a missing row is row-missing's finding; the sum cannot be read
            outcomes.add(row.get());
        }
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            final int column = c;
            List<DataCell> operands = outcomes.stream().map(r -> r.cell(column)).toList();
            DataCell written = total.get().cell(c);
            if (!allNumbers(operands) || !written.hasNumber()) continue;
            BigDecimal sum = sum(operands);
            if (sum.compareTo(written.number()) == 0) continue;
            Message msg = Message.of("sum.totalRow", Table3Spec.COLUMNS.get(c), plain(sum), plain(written));
            out.add(written.range(), msg, related(operands), setTotal(written, sum));
        }
    }

    /** T3-total-col: in every row, 总计 = 自然人 + 商业企业 + … + 其他. */
    private void checkTotalColumns(Table3 t, Findings out) {
        for (DataRow row : t.rows()) {
            if (row.spec() == null) continue;
            List<DataCell> parts = row.cells().subList(0, Table3Spec.TOTAL_COLUMN);
            DataCell written = row.cell(Table3Spec.TOTAL_COLUMN);
            if (!allNumbers(parts) || !written.hasNumber()) continue;
            BigDecimal sum = sum(parts);
            if (sum.compareTo(written.number()) == 0) continue;
            Message msg = Message.of("sum.totalColumn", row.spec().displayLabel(), terms(parts), plain(sum), plain(written));
            out.add(written.range(), msg, related(parts), setTotal(written, sum));
        }
    }

    /** T4-total: in each of the three blocks, 总计 = 结果维持 + 结果纠正 + 其他结果 + 尚未审结. */
    private void checkTable4(DataRow data, Findings out) {
        for (int block = 0; block < Table4Spec.BLOCKS.size(); block++) {
            int base = block * Table4Spec.BLOCK_COLUMNS.size();
            List<DataCell> parts = data.cells().subList(base, base + Table4Spec.TOTAL_IN_BLOCK);
            DataCell written = data.cell(base + Table4Spec.TOTAL_IN_BLOCK);
            if (!allNumbers(parts) || !written.hasNumber()) continue;
            BigDecimal sum = sum(parts);
            if (sum.compareTo(written.number()) == 0) continue;
            Message msg = Message.of("sum.table4", Table4Spec.BLOCKS.get(block), terms(parts), plain(sum), plain(written));
            out.add(written.range(), msg, related(parts), setTotal(written, sum));
        }
    }

    private static Fix setTotal(DataCell total, BigDecimal sum) {
        if (total.isAbsent()) return null;
        return new Fix(Message.of("fix.setTotal", plain(sum)), List.of(new TextEdit(total.range(), plain(sum))), false);
    }

    private static boolean allNumbers(List<DataCell> cells) {
        return cells.stream().allMatch(DataCell::hasNumber);
    }

    private static BigDecimal sum(List<DataCell> cells) {
        return cells.stream().map(DataCell::number).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** 「自然人(3)+商业企业(0)」 */
    private static String terms(List<DataCell> cells) {
        return String.join("+", cells.stream().map(c -> c.column() + "(" + plain(c) + ")").toList());
    }

    private static List<Related> related(List<DataCell> cells) {
        return cells.stream().map(c -> Related.here(c.range(), Message.of("related.operand", Places.cell(c), plain(c)))).toList();
    }

    private static String plain(DataCell cell) {
        return plain(cell.number());
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

package gkreport.rules.checks;

import gkreport.grammar.syntax.CellValue;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * A value cell holds a number of its column's kind: no words (「/」「-」「无」), no unit typed in
 * (「251000元」), no negative count, no fraction where a count belongs. 本年增/减 may be signed
 * and amounts of money may have decimals.
 */
public final class InvalidNumberRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.INVALID_NUMBER;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.table2() != null) {
            for (Table2.Block block : report.table2().blocks()) {
                Table2Spec.BlockSpec spec = block.spec();
                for (DataRow row : block.rows()) {
                    for (int i = 0; i < row.cells().size(); i++) {
                        boolean money = spec != null && spec.money() == i;
                        boolean signed = spec != null && spec.signed() == i;
                        check(row.cell(i), money, signed, out);
                    }
                }
            }
        }
        if (report.table3() != null) {
            report.table3().rows().stream().filter(r -> r.spec() != null).forEach(r -> checkCounts(r.cells(), out));
        }
        if (report.table4() != null && report.table4().data() != null) checkCounts(report.table4().data().cells(), out);
    }

    private static void checkCounts(List<DataCell> cells, Findings out) {
        for (DataCell c : cells) check(c, false, false, out);
    }

    private static void check(DataCell cell, boolean money, boolean signed, Findings out) {
        CellValue v = cell.value();
        switch (v.kind()) {
            case BLANK -> {
                // missing-cells reports blanks
            }
            case TEXT -> out.add(cell.range(), Message.of("number.text", Places.cell(cell), v.trailer()));
            case NUMBER_WITH_TEXT -> out.add(cell.range(), Message.of("number.withText", Places.cell(cell), cell.source().text(),
                    v.trailer(), cell.number().toPlainString()));
            case NUMBER -> {
                BigDecimal n = cell.number();
                if (!signed && n.signum() < 0) {
                    out.add(cell.range(), Message.of("number.negative", Places.cell(cell), n.toPlainString()));
                } else if (!money && n.stripTrailingZeros().scale() > 0) {
                    out.add(cell.range(), Message.of("number.fraction", Places.cell(cell), n.toPlainString()));
                }
            }
        }
    }
}

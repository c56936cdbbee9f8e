package gkreport.rules.checks;

import gkreport.model.CellRequirements;
import gkreport.model.DataCell;
import gkreport.model.Relations;
import gkreport.model.Report;
import gkreport.model.SumRelation;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Places;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.TextEdit;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * The arithmetic relations of report-format.md ({@link Relations}): T3-balance, T3-total-row,
 * T3-total-col and T4-total. A relation is checked only when every cell in it holds a number: a
 * blank or a word is another rule's finding, and a sum that could not be read is never reported.
 */
public final class SumRelationRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SUM_RELATION;
    }

    @Override
    public void check(Report report, Findings out) {
        List<SumRelation> relations = Relations.of(report);
        for (SumRelation relation : relations) {
            if (!relation.broken()) continue;
            if (relation.kind() == SumRelation.Kind.T3_BALANCE) balance(relation, out);
            else total(relation, relations, out);
        }
    }

    /** T3-balance: R1 + R2 = R3.7 + R4 (the printed 勾稽关系); no fix, as any of four cells may be wrong. */
    private static void balance(SumRelation r, Findings out) {
        DataCell a = r.parts().get(0);
        DataCell b = r.parts().get(1);
        DataCell x = r.totals().get(0);
        DataCell y = r.totals().get(1);
        Message msg = Message.of("sum.balance", r.scope(), plain(a), plain(b), plain(r.partsSum().orElseThrow()),
                plain(x), plain(y), plain(r.totalsSum().orElseThrow()));
        out.add(x.range(), msg, related(List.of(a, b, y)), null);
    }

    /**
     * A relation with one total cell; the fix writes the computed sum into it, when that mends every
     * relation through the cell (another relation that holds as written, or asks for another value,
     * says the wrong number is elsewhere).
     */
    private static void total(SumRelation r, List<SumRelation> relations, Findings out) {
        DataCell written = r.total().orElseThrow();
        BigDecimal sum = r.partsSum().orElseThrow();
        Message msg = switch (r.kind()) {
            case T3_TOTAL_ROW -> Message.of("sum.totalRow", r.scope(), plain(sum), plain(written));
            case T3_TOTAL_COL -> Message.of("sum.totalColumn", r.scope(), terms(r.parts()), plain(sum), plain(written));
            case T4_TOTAL -> Message.of("sum.table4", r.scope(), terms(r.parts()), plain(sum), plain(written));
            case T3_BALANCE -> throw new IllegalArgumentException("T3-balance has two totals");
        };
        boolean mendsAll = CellRequirements.of(relations, written).agreed().isPresent();
        out.add(written.range(), msg, related(r.parts()), mendsAll ? setTotal(written, sum) : null);
    }

    private static Fix setTotal(DataCell total, BigDecimal sum) {
        if (total.isAbsent()) return null;
        return new Fix(Message.of("fix.setTotal", plain(sum)), List.of(new TextEdit(total.range(), plain(sum))), false);
    }

    /** 「自然人(3)+商业企业(0)」 */
    private static String terms(List<DataCell> cells) {
        return String.join("+", cells.stream().map(c -> c.column() + "（" + plain(c) + "）").toList());
    }

    private static List<Related> related(List<DataCell> cells) {
        return cells.stream().map(c -> Related.operand(c.range(), Places.cell(c), plain(c))).toList();
    }

    private static String plain(DataCell cell) {
        return plain(cell.number());
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

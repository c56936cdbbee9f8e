package gkreport.tableview;

import gkreport.model.DataCell;
import gkreport.model.SumRelation;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.math.BigDecimal;
import java.util.Optional;

/** A sum relation in words, as the hover, the table view and the review page show it. */
public final class RelationWords {
    private static final String UNKNOWN = "?";

    private RelationWords() {
    }

    /** 「✓ 成立」「✗ 不成立」, or that it cannot be computed. */
    public static String status(SumRelation r, Messages messages) {
        String key = r.holds().map(ok -> ok ? "lsp.relation.holds" : "lsp.relation.broken").orElse("lsp.relation.incomplete");
        return messages.text(key);
    }

    /** The relation with its values. */
    public static String describe(SumRelation r, Messages messages) {
        String key = "lsp.relation." + r.kind().id();
        if (r.kind() == SumRelation.Kind.T3_BALANCE) {
            return messages.render(Message.of(key, r.scope(), value(r.parts().get(0)), value(r.parts().get(1)), plain(r.partsSum()),
                    value(r.totals().get(0)), value(r.totals().get(1)), plain(r.totalsSum())));
        }
        return messages.render(Message.of(key, r.scope(), plain(r.partsSum()), value(r.totals().get(0))));
    }

    /** The cell's number, or 「?」. */
    public static String value(DataCell cell) {
        return cell.hasNumber() ? cell.number().toPlainString() : UNKNOWN;
    }

    private static String plain(Optional<BigDecimal> sum) {
        return sum.map(BigDecimal::toPlainString).orElse(UNKNOWN);
    }
}

package gkreport.lsp;

import gkreport.grammar.TextRange;
import gkreport.model.DataCell;
import gkreport.model.Relations;
import gkreport.model.Report;
import gkreport.model.SumRelation;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.lsp4j.InlayHint;

/**
 * Beside every written total cell, the sum computed from its parts: 「Σ 26」, marked 「Σ 26 ✗」
 * when it differs from the written value. The total of two relations (the corner of table 三)
 * gets one hint per direction: 「Σ↓」 down its column, 「Σ→」 along its row.
 */
public final class InlayHintProvider {
    private InlayHintProvider() {
    }

    public static List<InlayHint> hints(Report report, TextRange window, Messages messages) {
        Map<DataCell, List<SumRelation>> byTotal = new LinkedHashMap<>();
        for (SumRelation r : Relations.of(report)) {
            r.total().filter(t -> !t.isAbsent() && r.partsSum().isPresent())
                    .ifPresent(t -> byTotal.computeIfAbsent(t, k -> new ArrayList<>()).add(r));
        }
        List<InlayHint> hints = new ArrayList<>();
        byTotal.forEach((total, relations) -> {
            if (!QuickFixActions.touches(total.range(), window)) return;
            for (SumRelation r : relations) hints.add(hint(report, total, r, relations.size() > 1, messages));
        });
        return hints;
    }

    private static InlayHint hint(Report report, DataCell total, SumRelation relation, boolean directed, Messages messages) {
        BigDecimal sum = relation.partsSum().orElseThrow();
        boolean differs = !total.hasNumber() || total.number().compareTo(sum) != 0;
        String arrow = !directed ? "" : relation.kind() == SumRelation.Kind.T3_TOTAL_ROW ? "↓" : "→";
        InlayHint hint = new InlayHint();
        hint.setPosition(Positions.position(report.source(), total.range().end()));
        hint.setLabel("Σ" + arrow + " " + sum.toPlainString() + (differs ? " ✗" : ""));
        hint.setPaddingLeft(true);
        String written = total.source().text();
        String parts = String.valueOf(relation.parts().size());
        hint.setTooltip(messages.render(differs ? Message.of("lsp.inlay.differs", parts, sum.toPlainString(), written)
                : Message.of("lsp.inlay.matches", parts, sum.toPlainString())));
        return hint;
    }
}

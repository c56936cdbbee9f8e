package gkreport.rules.checks;

import gkreport.model.Report;
import gkreport.model.UnreadableTable;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.text.Count;
import gkreport.text.Message;

/**
 * A table whose caption, header or rows stand in the text but whose grid could not be read with
 * confidence is reported once, with what was found and what could not be read; no other finding
 * is built on such a table. A text without line structure is reported once the same way, instead
 * of one 「缺少」 per section and table.
 */
public final class UnreadableTableRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNREADABLE_TABLE;
    }

    @Override
    public void check(Report report, Findings out) {
        for (UnreadableTable u : report.unreadable()) out.add(u.range(), message(u));
    }

    /** What was found and what could not be read; the editor's table view says the same. */
    public static Message message(UnreadableTable u) {
        Object table = u.wholeText() ? "" : Places.table(u.table());
        return Message.of("unreadable." + u.why().name(), table, Count.of(u.found()), String.valueOf(u.expected()));
    }
}

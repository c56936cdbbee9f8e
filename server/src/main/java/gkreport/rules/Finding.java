package gkreport.rules;

import gkreport.grammar.TextRange;
import java.util.List;

/** One problem found in a report. */
public record Finding(RuleId rule, Severity severity, TextRange range, Message message, List<Related> related, Fix fix) {
    public Finding {
        related = List.copyOf(related);
    }

    public boolean fixable() {
        return fix != null && fix.safe();
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, range, message, related, fix);
    }
}

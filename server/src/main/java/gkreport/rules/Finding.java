package gkreport.rules;

import gkreport.grammar.TextRange;
import gkreport.text.Message;
import java.util.Comparator;
import java.util.List;

/** One problem found in a report. */
public record Finding(RuleId rule, Severity severity, TextRange range, Message message, List<Related> related, Fix fix) {
    /** The order findings are listed in: by position, then by rule id. */
    public static final Comparator<Finding> ORDER = Comparator.comparingInt((Finding f) -> f.range().start())
            .thenComparingInt(f -> f.range().end())
            .thenComparing(f -> f.rule().id());

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

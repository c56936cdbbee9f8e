package gkreport.rules;

import gkreport.grammar.TextRange;
import java.util.ArrayList;
import java.util.List;

/** Collects the findings of one rule at its default severity. */
public final class Findings {
    private final RuleId rule;
    private final List<Finding> found = new ArrayList<>();

    public Findings(RuleId rule) {
        this.rule = rule;
    }

    public void add(TextRange range, Message message) {
        add(range, message, List.of(), null);
    }

    public void add(TextRange range, Message message, Fix fix) {
        add(range, message, List.of(), fix);
    }

    public void add(TextRange range, Message message, List<Related> related, Fix fix) {
        add(rule.defaultSeverity(), range, message, related, fix);
    }

    public void add(Severity severity, TextRange range, Message message, List<Related> related, Fix fix) {
        found.add(new Finding(rule, severity, range, message, related, fix));
    }

    public List<Finding> list() {
        return found;
    }
}

package gkreport.rules;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the findings of one rule at its default severity, each at a range a person can see
 * ({@link VisibleRange}): a rule that points at a blank cell or a blank line gets the visible text
 * nearest to it.
 */
public final class Findings {
    private final RuleId rule;
    private final SourceText source;
    private final List<Finding> found = new ArrayList<>();

    /** @param source the text of the report the findings are in */
    public Findings(RuleId rule, SourceText source) {
        this.rule = rule;
        this.source = source;
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
        found.add(new Finding(rule, severity, VisibleRange.of(range, source), message, related, fix));
    }

    public List<Finding> list() {
        return found;
    }
}

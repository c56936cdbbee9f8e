package gkreport.rules;

import gkreport.model.Report;

/** A check over the report model. One class per rule id; rules hold no state between calls. */
public interface Rule {
    RuleId id();

    void check(Report report, Findings out);
}

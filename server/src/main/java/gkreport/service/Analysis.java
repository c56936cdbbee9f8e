package gkreport.service;

import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import java.util.ArrayList;
import java.util.List;

/**
 * The result of analysing one text: the recognised report and its findings, sorted by position.
 *
 * @param failedRules rules that threw; their findings are missing, the others' are complete
 */
public record Analysis(Report report, List<Finding> findings, List<RuleFailure> failedRules) {
    public Analysis {
        findings = List.copyOf(findings);
        failedRules = List.copyOf(failedRules);
    }

    /** This analysis with more findings, e.g. those that compare the report with another file; kept in order. */
    public Analysis plus(List<Finding> more) {
        if (more.isEmpty()) return this;
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(more);
        all.sort(Finding.ORDER);
        return new Analysis(report, all, failedRules);
    }

    public record RuleFailure(RuleId rule, Throwable error) {
    }
}

package gkreport.service;

import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
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

    /** This analysis with only the findings of the given severity. */
    public Analysis only(Severity severity) {
        return new Analysis(report, findings.stream().filter(f -> f.severity() == severity).toList(), failedRules);
    }

    public record RuleFailure(RuleId rule, Throwable error) {
    }
}

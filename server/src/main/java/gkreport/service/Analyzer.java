package gkreport.service;

import gkreport.model.Report;
import gkreport.recognize.Recognizer;
import gkreport.rules.Finding;
import gkreport.rules.Findings;
import gkreport.rules.Rule;
import gkreport.rules.Rules;
import gkreport.rules.Severity;
import java.util.ArrayList;
import java.util.List;

/**
 * The one analysis both faces call: text in, report and findings out. Pure: no I/O, no state.
 * A rule that throws is recorded and skipped; the others still report.
 */
public final class Analyzer {
    private final List<Rule> rules;

    public Analyzer() {
        this(Rules.all());
    }

    public Analyzer(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Analysis analyze(String text, Settings settings) {
        Report report = Recognizer.recognize(text);
        List<Finding> findings = new ArrayList<>();
        List<Analysis.RuleFailure> failures = new ArrayList<>();
        for (Rule rule : rules) {
            Severity configured = settings.severityOf(rule.id());
            if (configured == Severity.OFF) continue;
            Findings out = new Findings(rule.id(), report.source());
            try {
                rule.check(report, out);
            } catch (RuntimeException | StackOverflowError e) {
                failures.add(new Analysis.RuleFailure(rule.id(), e));
                continue;
            }
            boolean overridden = configured != rule.id().defaultSeverity();
            for (Finding f : out.list()) findings.add(overridden ? f.withSeverity(configured) : f);
        }
        findings.sort(Finding.ORDER);
        return new Analysis(report, findings, failures);
    }
}

package gkreport.testkit;

import gkreport.grammar.ReportParser;
import gkreport.grammar.SourceText;
import gkreport.model.Report;
import gkreport.recognize.Recognizer;
import gkreport.rules.Finding;
import gkreport.rules.Findings;
import gkreport.rules.Rule;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.text.Messages;
import java.util.List;

/** Runs rules on a text: 「this text → these findings」. */
public final class RuleRun {
    private RuleRun() {
    }

    public static Report report(String text) {
        return Recognizer.recognize(ReportParser.parse(text));
    }

    public static List<Finding> findings(Rule rule, String text) {
        Report report = report(text);
        Findings out = new Findings(rule.id(), report.source());
        rule.check(report, out);
        return out.list().stream().sorted(Finding.ORDER).toList();
    }

    /** One rule's findings, as read. */
    public static List<Shown> shown(Rule rule, String text) {
        return show(findings(rule, text), text);
    }

    /** Every rule's findings, as read. */
    public static List<Shown> all(String text) {
        return show(new Analyzer().analyze(text, Settings.DEFAULT).findings(), text);
    }

    public static List<Shown> show(List<Finding> findings, String text) {
        SourceText source = new SourceText(text);
        return findings.stream().map(f -> new Shown(f.rule().id(), source.lineOf(f.range().start()) + 1, source.slice(f.range()),
                Messages.ZH.render(f.message()))).toList();
    }

    /** The 1-based line of each related place of the finding. */
    public static List<Integer> relatedLines(Finding finding, String text) {
        SourceText source = new SourceText(text);
        return finding.related().stream().map(r -> r.sourceOr(source).lineOf(r.range().start()) + 1).toList();
    }
}

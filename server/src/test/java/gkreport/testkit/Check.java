package gkreport.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.SourceText;
import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The assertion kit: "this text → these findings (rule@line) → this fix gives that text".
 * <pre>
 * Check.sample("003").expect("section-number@348", "section-number@395", "unknown-row@80")
 *      .fixed().expectNoFixable();
 * </pre>
 * Lines are 1-based, as the CLI prints them.
 */
public final class Check {
    private static final Analyzer ANALYZER = new Analyzer();

    private final String text;
    private final Analysis analysis;

    private Check(String text) {
        this.text = text;
        this.analysis = ANALYZER.analyze(text, Settings.DEFAULT);
    }

    public static Check text(String text) {
        return new Check(text);
    }

    public static Check lines(String... lines) {
        return new Check(String.join("\n", lines) + "\n");
    }

    public static Check sample(String id) {
        return new Check(Samples.text(id));
    }

    public String source() {
        return text;
    }

    public Report report() {
        return analysis.report();
    }

    public List<Finding> findings() {
        return analysis.findings();
    }

    public List<Finding> findings(String rule) {
        return findings().stream().filter(f -> f.rule().id().equals(rule)).toList();
    }

    /** Exactly these findings, as 「rule@line」, in any order. */
    public Check expect(String... ruleAtLine) {
        assertThat(keys()).as("findings of%n%s", describe()).containsExactlyInAnyOrder(ruleAtLine);
        return this;
    }

    /** Among the findings of these rules, exactly these. */
    public Check expectAmong(List<RuleId> rules, String... ruleAtLine) {
        List<String> keys = findings().stream().filter(f -> rules.contains(f.rule())).map(this::key).toList();
        assertThat(keys).as("findings of%n%s", describe()).containsExactlyInAnyOrder(ruleAtLine);
        return this;
    }

    /** The findings (「rule@line」) this text gives beyond those {@code original} gives, each counted as often as it stands. */
    public List<String> addedSince(Check original) {
        List<String> before = new ArrayList<>(original.keys());
        List<String> added = new ArrayList<>();
        for (String key : keys()) {
            if (!before.remove(key)) added.add(key);
        }
        return added;
    }

    /** How many findings each rule gives. */
    public Map<String, Long> countsByRule() {
        return findings().stream().collect(Collectors.groupingBy(f -> f.rule().id(), Collectors.counting()));
    }

    public Check expectNone(String rule) {
        assertThat(findings(rule)).as("findings of%n%s", describe()).isEmpty();
        return this;
    }

    /** The text after every safe fix, re-checked. */
    public Check fixed() {
        return new Check(new Fixer(ANALYZER).fixAll(text, Settings.DEFAULT, Finding::fixable).text());
    }

    /** The text after the safe fixes of one rule, re-checked. */
    public Check fixed(String rule) {
        return new Check(new Fixer(ANALYZER).fixAll(text, Settings.DEFAULT, f -> f.fixable() && f.rule().id().equals(rule)).text());
    }

    /** No finding of this rule is fixable any more. */
    public Check expectNoFixable(String rule) {
        assertThat(findings(rule).stream().filter(Finding::fixable).map(this::key).toList()).isEmpty();
        return this;
    }

    public Check expectNoFixable() {
        assertThat(findings().stream().filter(Finding::fixable).map(this::key).toList()).isEmpty();
        return this;
    }

    public Check expectText(String expected) {
        assertThat(text).isEqualTo(expected);
        return this;
    }

    public String message(Finding f) {
        return Messages.ZH.render(f.message());
    }

    public String messageEn(Finding f) {
        return Messages.EN.render(f.message());
    }

    /** 1-based line of an offset. */
    public int lineOf(int offset) {
        return analysis.report().source().lineOf(offset) + 1;
    }

    public String key(Finding f) {
        return f.rule().id() + "@" + lineOf(f.range().start());
    }

    private List<String> keys() {
        return findings().stream().map(this::key).toList();
    }

    private String describe() {
        SourceText source = analysis.report().source();
        return findings().stream()
                .map(f -> key(f) + " " + message(f) + " «" + source.slice(f.range()) + "»")
                .collect(Collectors.joining("\n"));
    }
}

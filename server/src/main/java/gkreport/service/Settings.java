package gkreport.service;

import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a user may set: the message language and, per rule, a severity or off. The CLI and the
 * language server build it from {@code .gkreport.json}, options and editor settings.
 *
 * @param language 「zh」 or 「en」
 */
public record Settings(String language, Map<RuleId, Severity> severities) {
    public static final Settings DEFAULT = new Settings("zh", Map.of());

    public Settings {
        severities = severities.isEmpty() ? Map.of() : new EnumMap<>(severities);
    }

    public Severity severityOf(RuleId rule) {
        return severities.getOrDefault(rule, rule.defaultSeverity());
    }

    /** Findings found outside {@link Analyzer} (e.g. across files) at their configured severity; rules turned off dropped. */
    public List<Finding> configure(List<Finding> findings) {
        return findings.stream()
                .filter(f -> severityOf(f.rule()) != Severity.OFF)
                .map(f -> severityOf(f.rule()) == f.severity() ? f : f.withSeverity(severityOf(f.rule())))
                .toList();
    }

    public Settings withLanguage(String lang) {
        return new Settings(lang, severities);
    }
}

package gkreport.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Message;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsConfigureTest {
    private static Finding finding(RuleId rule) {
        return new Finding(rule, rule.defaultSeverity(), TextRange.at(0), Message.of("x"), List.of(), null);
    }

    @Test
    void dropsFindingsOfRulesTurnedOffAndSetsConfiguredSeverities() {
        Settings settings = new Settings("zh", Map.of(RuleId.CROSS_YEAR, Severity.OFF, RuleId.PLAUSIBILITY, Severity.INFO));
        List<Finding> configured = settings.configure(List.of(finding(RuleId.CROSS_YEAR), finding(RuleId.PLAUSIBILITY)));
        assertThat(configured).extracting(Finding::rule, Finding::severity).containsExactly(
                tuple(RuleId.PLAUSIBILITY, Severity.INFO));
    }
}

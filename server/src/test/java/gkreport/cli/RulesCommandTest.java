package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.RuleId;
import org.junit.jupiter.api.Test;

class RulesCommandTest {
    @Test
    void listsEveryRuleWithSeverityDescriptionAndDocPage() {
        CliRun run = CliRun.of("rules");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines()).hasSize(RuleId.values().length);
        assertThat(run.out()).contains("sum-relation         error    表三、表四的勾稽关系与合计（T3-balance、T3-total-row、T3-total-col、T4-total）  (docs/rules/sum-relation.md)")
                .contains("subsection-number    warning");
    }

    @Test
    void inEnglish() {
        assertThat(CliRun.of("rules", "--lang", "en").out()).contains("The six sections are numbered 一、 to 六、");
    }
}

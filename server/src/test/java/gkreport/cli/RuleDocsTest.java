package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.RuleId;
import gkreport.testkit.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every rule id has its page in docs/rules, in Chinese then English, and gkreport rules lists them all. */
class RuleDocsTest {
    static final Path ROOT = Path.of("..");

    @ParameterizedTest
    @EnumSource(RuleId.class)
    void everyRuleHasItsPageWithEverySectionInBothLanguages(RuleId rule) throws IOException {
        String page = Files.readString(ROOT.resolve(rule.docPath()), StandardCharsets.UTF_8);
        assertThat(page).startsWith("# " + rule.id() + "\n").contains("`" + rule.defaultSeverity().id() + "`");
        assertThat(page).containsSubsequence("## 中文", "### 检查什么", "### 为什么", "### 错误示例", "### 正确示例", "### 如何修改",
                "## English", "### What it checks", "### Why", "### Wrong", "### Right", "### How to fix");
        assertThat(RuleDocs.markdown(rule)).as("packed into the jar").isEqualTo(page);
    }

    @Test
    void rulesListsEveryRuleWithItsSeverityAndPage() {
        Cli cli = Cli.run("rules");
        assertThat(cli.exit()).isZero();
        assertThat(cli.out().lines()).hasSize(RuleId.values().length);
        for (RuleId rule : RuleId.values()) {
            assertThat(cli.out()).containsPattern("(?m)^" + rule.id() + " +" + rule.defaultSeverity().id() + " .*\\(" + rule.docPath() + "\\)$");
        }
    }
}

package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.Cli;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every rule id has its page in docs/rules, in Chinese then English, packed into the jar, and
 * gkreport rules lists them all; links to the pages open wherever the server runs from.
 */
class RuleDocsTest {
    static final Path ROOT = Path.of("..");

    @TempDir
    Path temp;

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

    @Test
    void inTheRepositoryTheLinksOpenTheCheckedInPages() throws IOException {
        RuleDocs docs = RuleDocs.onDisk();
        assertThat(docs.root().toRealPath()).isEqualTo(ROOT.toRealPath());
        assertThat(opened(docs.href(RuleId.SUM_RELATION))).isEqualTo(Files.readString(ROOT.resolve("docs/rules/sum-relation.md")));
    }

    @Test
    void anInstallationWithThePagesBesideItsServerFolderLinksThere() throws IOException {
        Path extension = temp.resolve("gkreport.gkreport-0.1.0");
        Path server = Files.createDirectories(extension.resolve("server"));
        copyPages(extension);
        RuleDocs docs = RuleDocs.onDisk(server, List.of(temp.resolve("cache")));
        assertThat(docs.root()).isEqualTo(extension);
        assertThat(docs.href(RuleId.YEAR_MISMATCH)).startsWith("file:").endsWith("/gkreport.gkreport-0.1.0/docs/rules/year-mismatch.md");
        assertThat(opened(docs.href(RuleId.YEAR_MISMATCH))).isEqualTo(RuleDocs.markdown(RuleId.YEAR_MISMATCH));
        assertThat(temp.resolve("cache")).doesNotExist();
    }

    @Test
    void withoutPagesOnDiskThePackedOnesAreExtractedToTheFirstWritableCache() throws IOException {
        Path server = Files.createDirectories(temp.resolve("opt/gkreport"));
        Path readOnly = Files.writeString(temp.resolve("not-a-folder"), "");
        Path cache = temp.resolve("cache/gkreport");
        RuleDocs docs = RuleDocs.onDisk(server, List.of(readOnly, cache));
        assertThat(docs.root()).isEqualTo(cache);
        for (RuleId rule : RuleId.values()) assertThat(opened(docs.href(rule))).isEqualTo(RuleDocs.markdown(rule));
    }

    @Test
    void aStalePageInTheCacheIsReplaced() throws IOException {
        Path cache = temp.resolve("cache");
        RuleDocs.onDisk(Files.createDirectories(temp.resolve("bin")), List.of(cache));
        Path page = cache.resolve(RuleId.SUM_RELATION.docPath());
        Files.writeString(page, "# sum-relation (an older version)\n");
        RuleDocs.onDisk(temp.resolve("bin"), List.of(cache));
        assertThat(Files.readString(page)).isEqualTo(RuleDocs.markdown(RuleId.SUM_RELATION));
    }

    private static void copyPages(Path root) throws IOException {
        Files.createDirectories(root.resolve("docs/rules"));
        for (RuleId rule : RuleId.values()) Files.writeString(root.resolve(rule.docPath()), RuleDocs.markdown(rule));
    }

    private static String opened(String href) throws IOException {
        return Files.readString(Path.of(URI.create(href)), StandardCharsets.UTF_8);
    }
}

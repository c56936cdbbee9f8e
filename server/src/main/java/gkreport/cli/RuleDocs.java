package gkreport.cli;

import gkreport.rules.RuleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The rule pages of docs/rules/, packed into the jar by the build, for SARIF's rule help. */
final class RuleDocs {
    private RuleDocs() {
    }

    /** The page's Markdown, or null when the build packed none for this rule. */
    static String markdown(RuleId rule) {
        try (InputStream in = RuleDocs.class.getResourceAsStream("/gkreport/" + rule.docPath())) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package gkreport.lsp;

import gkreport.rules.RuleId;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where each rule's documentation page is: {@link RuleId#docPath()} under the installation's
 * root, the nearest folder above the server's jar (or classes) that holds {@code docs/}.
 */
public final class RuleDocs {
    private final URI root;

    public RuleDocs(URI root) {
        this.root = root;
    }

    public static RuleDocs ofInstallation() {
        Path start = codeLocation();
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs"))) return new RuleDocs(dir.toUri());
        }
        return new RuleDocs(start.toUri());
    }

    public String href(RuleId rule) {
        return root.resolve(rule.docPath()).toString();
    }

    private static Path codeLocation() {
        try {
            Path location = Path.of(RuleDocs.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return Files.isDirectory(location) ? location : location.getParent();
        } catch (URISyntaxException | SecurityException | NullPointerException e) {
            return Path.of("").toAbsolutePath();
        }
    }
}

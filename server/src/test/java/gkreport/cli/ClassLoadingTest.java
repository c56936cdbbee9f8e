package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.testkit.ChildJvm;
import gkreport.testkit.Samples;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A check of text files starts fast: it never loads the .docx, web page, PDF or language server libraries. */
class ClassLoadingTest {
    @Test
    void checkingTextLoadsNeitherPoiNorJsoupNorPdfBoxNorLsp4j() throws Exception {
        Process p = ChildJvm.gkreport(List.of("-Xlog:class+load=info:stdout"), "check", Samples.path("004").toString(),
                Samples.path("001").toString()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(output).contains("gkreport.rules.checks.SumRelationRule", "共检查 2 个文件");
        assertThat(output).doesNotContain("org.apache.poi.", "org.apache.xmlbeans.", "org.jsoup.", "org.apache.pdfbox.", "org.apache.fontbox.",
                "gkreport.importer.pdf.", "org.eclipse.lsp4j.");
    }
}

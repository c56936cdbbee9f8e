package gkreport.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.Importer;
import gkreport.testkit.Check;
import gkreport.testkit.LayoutFixtures;
import gkreport.testkit.PdfCorpus;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A published PDF and the text a PDF viewer's copy (pdftotext -layout) gives of it are two forms of
 * one report: their tables give the same findings, word for word.
 */
class PdfAndLayoutTextAgreeTest {
    private static final Set<String> TABLE_RULES = Set.of("sum-relation", "row-missing", "missing-cells", "invalid-number",
            "table-missing", "unknown-row", "template-version", "unreadable-table");

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void theTablesOfThePdfAndOfItsLayoutTextGiveTheSameFindings(String name) throws Exception {
        Check pdf = Check.text(Importer.canonicalText(PdfCorpus.path(name)));
        Check layout = Check.text(LayoutFixtures.text(name));
        assertThat(tableFindings(pdf)).isEqualTo(tableFindings(layout));
        assertThat(pdf.report().template()).isEqualTo(layout.report().template());
        assertThat(pdf.report().table3().rows()).extracting(r -> r.spec().key())
                .isEqualTo(layout.report().table3().rows().stream().map(r -> r.spec().key()).toList());
    }

    private static List<String> tableFindings(Check check) {
        return check.findings().stream().filter(f -> TABLE_RULES.contains(f.rule().id()))
                .map(f -> f.rule().id() + " " + f.severity().id() + " " + check.message(f)).toList();
    }
}

package gkreport.importer.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.testkit.Check;
import gkreport.testkit.LibreOfficePdfs;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The PDFs LibreOffice makes of the samples, of the corpus reports, of the merged-cells page and of
 * the blank template ({@link LibreOfficePdfs}) are checked as their texts are: table rows cut by page breaks are
 * joined again and paragraphs without indents keep their headings apart, so the findings about
 * tables and sections are the text's, rule and message (line numbers aside).
 */
class PdfLibreOfficeTest {
    private static final List<RuleId> TABLE_RULES = List.of(RuleId.SUM_RELATION, RuleId.ROW_MISSING, RuleId.MISSING_CELLS,
            RuleId.INVALID_NUMBER, RuleId.TABLE_MISSING, RuleId.UNKNOWN_ROW, RuleId.TEMPLATE_VERSION, RuleId.UNREADABLE_TABLE);
    private static final List<RuleId> SECTION_RULES = List.of(RuleId.SECTION_NUMBER, RuleId.SUBSECTION_NUMBER,
            RuleId.SECTION_TITLE, RuleId.SECTION_MISSING);

    private static Check pdf(String name) {
        return imported(LibreOfficePdfs.path(name));
    }

    private static Check imported(Path file) {
        try {
            return Check.text(Importer.canonicalText(file));
        } catch (UnreadableFileException e) {
            throw new AssertionError(file + ": " + e.reason(), e);
        }
    }

    /** Each finding of these rules as 「rule: message」, in order. */
    private static List<String> findings(Check check, List<RuleId> rules) {
        return check.findings().stream().filter(f -> rules.contains(f.rule())).map(f -> f.rule().id() + ": " + check.message(f)).toList();
    }

    private static List<String> tableAndSectionFindings(Check check) {
        return Stream.concat(findings(check, TABLE_RULES).stream(), findings(check, SECTION_RULES).stream()).toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sample000", "sample001", "sample002", "sample003", "sample004"})
    void theTableAndSectionFindingsAreThoseOfTheSamplesText(String name) {
        Check text = Check.sample(LibreOfficePdfs.sampleId(name));
        assertThat(tableAndSectionFindings(pdf(name))).isEqualTo(tableAndSectionFindings(text));
    }

    /**
     * The real reports of the corpus, written to Word by the test kit and to PDF by LibreOffice, give
     * the table and section findings of that Word file (spaces aside: the PDF's text layer has none
     * between 「2024」 and 「年」).
     */
    @ParameterizedTest
    @ValueSource(strings = {"corpus008", "corpus009", "corpus010", "corpus011", "corpus012", "corpus013", "corpus018"})
    void theCorpusReportsGiveTheFindingsOfTheirWordFiles(String name, @TempDir Path dir) {
        Check word = imported(LibreOfficePdfs.corpusDocx(name, dir.resolve(name + ".docx")));
        assertThat(withoutSpaces(tableAndSectionFindings(pdf(name)))).isEqualTo(withoutSpaces(tableAndSectionFindings(word)));
    }

    private static List<String> withoutSpaces(List<String> findings) {
        return findings.stream().map(f -> f.replace(" ", "")).toList();
    }

    @Test
    void theMergedCellsPageHasNoErrorNorWarningAndTellsOfItsTwoMergedCells() {
        Check check = pdf("merged-cells");
        assertThat(check.findings()).extracting(Finding::severity).containsExactly(Severity.INFO, Severity.INFO);
        assertThat(check.findings()).extracting(check::message).allMatch(m -> m.contains("“科研机构”在合并单元格中"));
        assertThat(check.report().sections()).hasSize(6);
    }

    @Test
    void theBlankTemplateGivesTheFindingsOfItsWordFile() {
        Check word = imported(Path.of("src", "test", "resources", "fixtures", "template-2021.docx"));
        Check check = pdf("template-2021");
        assertThat(check.findings()).extracting(f -> f.rule().id() + ": " + check.message(f))
                .isEqualTo(word.findings().stream().map(f -> f.rule().id() + ": " + word.message(f)).toList());
        assertThat(findings(check, SECTION_RULES)).isEmpty();
    }
}

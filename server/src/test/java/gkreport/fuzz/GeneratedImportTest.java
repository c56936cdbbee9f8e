package gkreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.testkit.Check;
import gkreport.testkit.Docx;
import gkreport.text.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated reports (every table form, both formats, half of them with a defect), saved as .docx
 * and imported, give the findings of their text: the same rules, severities and messages in the
 * same order. Seeded, so that a failure repeats.
 */
class GeneratedImportTest {
    @TempDir
    Path dir;

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 30);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGeneratedReportSavedAsDocxGivesTheFindingsOfItsText(long seed) throws UnreadableFileException {
        GeneratedReport report = new CorpusGenerator(seed, 0.5).next();
        Path file = Docx.of(report.text()).save(dir.resolve(seed + ".docx"));
        String imported = Importer.canonicalText(file);
        assertThat(describe(Check.text(imported).findings())).as("imported:%n%s%ntext:%n%s", imported, report.text())
                .containsExactlyElementsOf(describe(Check.text(report.text()).findings()));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " " + f.severity().id() + " " + Messages.ZH.render(f.message())).toList();
    }
}

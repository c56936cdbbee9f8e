package gkreport.format;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import gkreport.rules.Finding;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.testkit.Check;
import gkreport.testkit.Corpus;
import gkreport.testkit.LayoutFixtures;
import gkreport.testkit.LineMutations;
import gkreport.testkit.Samples;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Formatting keeps every value and label: the formatted text gives the same findings (rule,
 * severity, how many) as the text as written, and formatting it again changes nothing; over
 * thousands of mutated reports, the same findings one for one (see {@link #sameFindings}).
 */
class FormattingKeepsFindingsTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final int MUTATED_REPORTS = 2000;
    private static final Pattern SPACES = Pattern.compile("(?U)\\s");
    private static final Pattern SPACES_AND_MARKS = Pattern.compile("(?U)[\\s|#*]");

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void everySampleKeepsItsFindingsAndFormatsOnce(String id) {
        assertKeepsFindingsAndIsIdempotent(id, Samples.text(id));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void spaceAlignedTablesAreKeptAsWrittenWithTheirFindings(String name) {
        assertKeepsFindingsAndIsIdempotent(name, LayoutFixtures.text(name));
    }

    @Test
    void generatedReportsInEveryFormKeepTheirFindingsAndFormatOnce() {
        CorpusGenerator generator = new CorpusGenerator(7, 0.5);
        for (int i = 0; i < 200; i++) {
            GeneratedReport report = generator.next();
            assertKeepsFindingsAndIsIdempotent("generated " + i + " (" + report.defect() + ")", report.text());
        }
    }

    /**
     * 2,000 reports made from the samples, the corpus texts and the space-aligned fixtures by one to
     * three careless edits each ({@link LineMutations}), seeded: each keeps its findings one for one
     * when formatted. Cases it found: two numbers of a cell wrapped over lines joined into one
     * (「0」 over 「0」 read as 「00」, an invalid-number error gone); a space-aligned table not
     * recognised (its data row deleted or moved) written as pipe rows or stripped of its indentation,
     * which read differently (table-missing became unreadable-table, FEW_ROWS became NO_GRID, a
     * template-version error changed); a table 四 header line that named the table only once its
     * leading spaces were gone; a table note wrapped over two lines quoted by its last line before
     * and by the whole cell after; a numeral written before the title (「一、## …」) dropped, which
     * changed the agency read from it; a page number led by tabs, read as a row, written as
     * 「| -5- |」 and no longer seen as a page number.
     */
    @Test
    void twoThousandMutatedReportsKeepTheirFindingsOneForOne() {
        List<String> bases = new ArrayList<>();
        Samples.IDS.forEach(id -> bases.add(Samples.text(id)));
        Stream.of("008", "009", "010", "011", "012", "013", "018").forEach(id -> bases.add(Corpus.text(id)));
        LayoutFixtures.NAMES.forEach(name -> bases.add(LayoutFixtures.text(name)));
        List<String> failures = IntStream.rangeClosed(1, MUTATED_REPORTS).parallel().mapToObj(seed -> {
            Random random = new Random(seed);
            int base = random.nextInt(bases.size());
            LineMutations mutated = LineMutations.of(bases.get(base), random);
            Analysis before = ANALYZER.analyze(mutated.text(), Settings.DEFAULT);
            String formatted = CanonicalFormatter.format(before.report());
            String difference = sameFindings(before, ANALYZER.analyze(formatted, Settings.DEFAULT));
            return difference == null ? null : "seed " + seed + " (text " + base + ", " + mutated.edits() + "): " + difference;
        }).filter(Objects::nonNull).toList();
        assertThat(failures).isEmpty();
    }

    /**
     * Null when the two analyses give the same findings one for one, else what differs. Two findings
     * are the same when rule, severity and message agree (spaces aside: a wrapped label is joined)
     * and the text one stands on begins the other's (spaces and table marks aside: where the text
     * as written has a row over lines, one finding may stand on the row's first line and the other
     * on the whole pipe row).
     */
    private static String sameFindings(Analysis before, Analysis after) {
        List<String[]> unmatched = keyed(after);
        List<String> lost = new ArrayList<>();
        for (String[] finding : keyed(before)) {
            String[] match = unmatched.stream().filter(f -> f[0].equals(finding[0]) && (f[1].startsWith(finding[1]) || finding[1].startsWith(f[1])))
                    .findFirst().orElse(null);
            if (match == null) lost.add(finding[0] + " @" + finding[1]);
            else unmatched.remove(match);
        }
        if (lost.isEmpty() && unmatched.isEmpty()) return null;
        return "lost " + lost + ", gained " + unmatched.stream().map(f -> f[0] + " @" + f[1]).toList();
    }

    /** Each finding as {rule, severity and message; the text it stands on}, spaces and table marks dropped. */
    private static List<String[]> keyed(Analysis analysis) {
        String text = analysis.report().source().text();
        List<String[]> out = new ArrayList<>();
        for (Finding f : analysis.findings()) {
            String key = f.rule().id() + " " + f.severity().id() + " " + SPACES.matcher(f.message().toString()).replaceAll("");
            out.add(new String[] {key, SPACES_AND_MARKS.matcher(text.substring(f.range().start(), f.range().end())).replaceAll("")});
        }
        return out;
    }

    private static void assertKeepsFindingsAndIsIdempotent(String name, String text) {
        String formatted = CanonicalFormatter.format(text);
        assertThat(tally(formatted)).as("findings of %s, formatted:%n%s", name, formatted).isEqualTo(tally(text));
        assertThat(CanonicalFormatter.format(formatted)).as("%s formatted twice", name).isEqualTo(formatted);
    }

    /** 「rule severity」 → how many. */
    private static Map<String, Long> tally(String text) {
        Map<String, Long> counts = new TreeMap<>();
        List<Finding> findings = Check.text(text).findings();
        for (Finding f : findings) counts.merge(f.rule().id() + " " + f.severity().id(), 1L, Long::sum);
        return counts;
    }
}

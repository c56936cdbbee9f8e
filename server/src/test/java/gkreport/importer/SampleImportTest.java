package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.format.CanonicalFormatter;
import gkreport.grammar.ChineseNumerals;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.testkit.Check;
import gkreport.testkit.Docx;
import gkreport.testkit.Html;
import gkreport.testkit.Samples;
import gkreport.text.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every sample, saved as a .docx and as a government web page, imports to a text that gives the
 * same findings as the sample itself: the same rules, severities and messages, in the same order.
 */
class SampleImportTest {
    private static final Pattern OUTLINE = Pattern.compile("^(?:([一二三四五六七八九十]+)、|（([一二三四五六七八九十]+)）)");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void docxOfEverySampleGivesTheSampleFindings(String id) throws UnreadableFileException {
        Path file = Docx.of(Samples.text(id)).save(dir.resolve(id + ".docx"));
        assertSameFindings(id, Importer.canonicalText(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void webPageOfEverySampleGivesTheSampleFindings(String id) throws IOException, UnreadableFileException {
        Path file = Files.writeString(dir.resolve(id + ".html"), Html.page(Samples.text(id)), StandardCharsets.UTF_8);
        assertSameFindings(id, Importer.canonicalText(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void gbkWebPageOfEverySampleGivesTheSampleFindings(String id) throws IOException, UnreadableFileException {
        String page = Html.page(Samples.text(id)).replace("charset=\"utf-8\"", "charset=\"gb2312\"");
        Path file = Files.write(dir.resolve(id + ".htm"), page.getBytes("GB18030"));
        assertSameFindings(id, Importer.canonicalText(file));
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void docxWithAutomaticNumberingOfEverySampleGivesTheSampleFindings(String id) throws UnreadableFileException {
        Path file = Docx.numbered(Samples.text(id), SampleImportTest::outlineNumeral).save(dir.resolve(id + "-numbered.docx"));
        String text = Importer.canonicalText(file);
        assertSameFindings(id, text);
        assertThat(text.lines().filter(l -> l.startsWith("## "))).as("section headings").hasSize(6);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void importedTextIsInTheCanonicalFormSoFormattingChangesNothing(String id) throws IOException, UnreadableFileException {
        Path docx = Docx.of(Samples.text(id)).save(dir.resolve(id + ".docx"));
        Path html = Files.writeString(dir.resolve(id + ".html"), Html.page(Samples.text(id)), StandardCharsets.UTF_8);
        for (Path file : List.of(docx, html)) {
            String imported = Importer.canonicalText(file);
            assertThat(CanonicalFormatter.format(imported)).as(file.getFileName().toString()).isEqualTo(imported);
        }
    }

    /** 「一、」 (level 0) and 「（一）」 (level 1) at a line's start: {length, level, value}. */
    static int[] outlineNumeral(String line) {
        Matcher m = OUTLINE.matcher(line);
        if (!m.find()) return null;
        String digits = m.group(1) != null ? m.group(1) : m.group(2);
        return new int[] {m.end(), m.group(1) != null ? 0 : 1, ChineseNumerals.value(digits)};
    }

    private static void assertSameFindings(String id, String imported) {
        assertThat(describe(Check.text(imported).findings())).as("imported %s:%n%s", id, imported)
                .containsExactlyElementsOf(describe(Check.sample(id).findings()));
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule().id() + " " + f.severity().id() + " " + Messages.ZH.render(f.message())).toList();
    }
}

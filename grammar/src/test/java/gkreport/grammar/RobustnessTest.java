package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.antlr.ReportLinesLexer;
import gkreport.grammar.antlr.ReportLinesParser;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The grammar accepts every input: no exception, nothing printed, every range inside the text. */
class RobustnessTest {
    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8})
    void randomBytesDecodedAsTextParseWithRangesInsideTheText(long seed) {
        byte[] bytes = new byte[20_000];
        new Random(seed).nextBytes(bytes);
        assertParsesQuietly(new String(bytes, StandardCharsets.ISO_8859_1));
        assertParsesQuietly(new String(bytes, StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n", "\r", "\r\n\r\n", "\t", "|", "||||", "\t\t|\t", "（", "一、", "**", "#", "[bookmark:", "\uD800", "\u00A0\u3000"})
    void edgeInputsParse(String text) {
        assertParsesQuietly(text);
    }

    @Test
    void oneHugeLineIsOneTextLine() {
        String line = "很长的一行".repeat(250_000);
        Document doc = assertParsesQuietly(line);
        assertThat(doc.blocks()).singleElement().isInstanceOf(TextLine.class);
        assertThat(doc.blocks().get(0).range().end()).isEqualTo(line.length());
    }

    @Test
    void manyTinyRowsParse() {
        Document doc = assertParsesQuietly("a|1\n".repeat(100_000));
        assertThat(((Table) doc.blocks().get(0)).rows()).hasSize(100_000);
    }

    /**
     * Every line is some block, so the parser never meets a syntax error (its error listeners are
     * removed in ReportParser, so an error would otherwise pass unseen): random lines of separators,
     * spaces of every kind, numbers and text.
     */
    @Test
    void randomLinesOfSeparatorsNumbersAndTextNeedNoErrorRecovery() {
        String alphabet = "  \t|｜\f\u000B\u3000\u00A0\n\r0123+-.a规章（）、";
        Random random = new Random(7);
        for (int i = 0; i < 20_000; i++) {
            StringBuilder text = new StringBuilder();
            for (int k = random.nextInt(30); k > 0; k--) text.append(alphabet.charAt(random.nextInt(alphabet.length())));
            text.append('\n');
            ReportLinesParser parser = new ReportLinesParser(new CommonTokenStream(new ReportLinesLexer(CharStreams.fromString(text.toString()))));
            parser.removeErrorListeners();
            parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
            parser.document();
            assertThat(parser.getNumberOfSyntaxErrors()).as("syntax errors in «%s»", text).isZero();
        }
    }

    private static Document assertParsesQuietly(String text) {
        PrintStream err = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        Document doc;
        try {
            doc = ReportParser.parse(text);
        } finally {
            System.setErr(err);
        }
        assertThat(captured.toString(StandardCharsets.UTF_8)).isEmpty();
        for (Block b : doc.blocks()) {
            assertThat(b.range().end()).isLessThanOrEqualTo(text.length());
            if (b instanceof Table t) {
                t.rows().forEach(r -> r.cells().forEach(c -> assertThat(c.range().end()).isLessThanOrEqualTo(text.length())));
            }
        }
        return doc;
    }
}

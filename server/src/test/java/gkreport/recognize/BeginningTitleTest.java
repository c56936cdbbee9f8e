package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.grammar.ReportParser;
import gkreport.testkit.Samples;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The title read from the beginning of a text is the title of the whole text. */
class BeginningTitleTest {
    private static final List<String> PIECES = List.of("\n", "\r\n", "\t", "|", " ", "\n\n", "\t0\n", "| 1 | 2 |\n",
            "县人民政府", "2021年", "政府信息公开工作年度报告", "一、总体情况", "本年新收", "（一）", "自然人", "\t总计\n", "标题\n");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 150);
    }

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void aSamplesTitle(String id) {
        assertSameTitle(Samples.text(id));
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aGeneratedReportsTitle(long seed) {
        assertSameTitle(new CorpusGenerator(seed, 0.5).next().text());
    }

    /** Lines of report pieces, tables among them, many of them before and around the cut. */
    @ParameterizedTest
    @MethodSource("seeds")
    void theTitleOfAnyText(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(600);
        for (int i = 0; i < pieces; i++) b.append(PIECES.get(random.nextInt(PIECES.size())));
        assertSameTitle(b.toString());
    }

    private static void assertSameTitle(String text) {
        assertThat(Recognizer.title(text)).isEqualTo(Recognizer.title(ReportParser.parse(text)));
    }
}

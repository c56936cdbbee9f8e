package gkreport.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.bench.CorpusGenerator;
import gkreport.bench.GeneratedReport;
import gkreport.rules.Finding;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import gkreport.testkit.Samples;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Randomised properties over grammar, recognizer and rules, with fixed seeds so that a failure
 * repeats: any text is analysed without an exception and with every range inside it; a sample
 * cut and spliced anywhere still reads; fixing twice is fixing once.
 */
class AnalysisPropertiesTest {
    private static final Analyzer ANALYZER = new Analyzer();
    private static final List<String> PIECES = List.of("\n", "\r\n", "\t", "|", " ", "\u00A0", "\u3000", "、", "（", "）",
            "(", ")", "**", "## ", "一、", "四、", "4、", "（二）", "1.", "+", "-", "/", "总计", "自然人", "第二十条第（一）项",
            "信息内容", "一、本年新收政府信息公开申请数量", "（七）总计", "四、结转下年度继续办理", "行政复议", "结果维持",
            "三、收到和处理政府信息公开申请情况", "[bookmark: _GoBack]", "\uFFFD", "𠀀", "\uD800", "0", "7", "26", "2.5");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 200);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void anyTextIsAnalysedWithRangesInsideIt(long seed) {
        String text = reportishText(new Random(seed), 400);
        Analysis analysis = ANALYZER.analyze(text, Settings.DEFAULT);
        assertThat(analysis.failedRules()).isEmpty();
        for (Finding f : analysis.findings()) {
            assertThat(f.range().end()).isLessThanOrEqualTo(text.length());
            f.related().forEach(r -> assertThat(r.range().end()).isLessThanOrEqualTo(text.length()));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void aSampleCutAndSplicedAnywhereStillReads(long seed) {
        Random random = new Random(seed);
        String text = Samples.text(Samples.IDS.get(random.nextInt(Samples.IDS.size())));
        int a = random.nextInt(text.length());
        int b = Math.min(text.length(), a + random.nextInt(2000));
        String mutated = text.substring(0, a) + reportishText(random, 20) + text.substring(b);
        assertThat(ANALYZER.analyze(mutated, Settings.DEFAULT).failedRules()).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void fixingTwiceIsFixingOnce(long seed) {
        GeneratedReport report = new CorpusGenerator(seed, 1.0).next();
        Fixer fixer = new Fixer(ANALYZER);
        String once = fixer.fixAll(report.text(), Settings.DEFAULT, Finding::fixable).text();
        Fixer.Result twice = fixer.fixAll(once, Settings.DEFAULT, Finding::fixable);
        assertThat(twice.applied()).isZero();
        assertThat(twice.text()).isEqualTo(once);
        assertThat(ANALYZER.analyze(once, Settings.DEFAULT).findings()).noneMatch(Finding::fixable);
    }

    /** Text made of the pieces reports are made of: separators, numerals, labels, digits, junk characters. */
    private static String reportishText(Random random, int maxPieces) {
        StringBuilder b = new StringBuilder();
        int n = random.nextInt(maxPieces + 1);
        for (int i = 0; i < n; i++) {
            if (random.nextInt(5) == 0) b.append((char) random.nextInt(0x10000));
            else b.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return b.toString();
    }
}

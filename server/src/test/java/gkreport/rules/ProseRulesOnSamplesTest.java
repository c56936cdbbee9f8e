package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import gkreport.testkit.RuleRun;
import gkreport.testkit.Samples;
import gkreport.testkit.Shown;
import java.util.List;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every finding of the prose, year, debris and plausibility rules on each sample, checked with all
 * rules running: exactly the samples' real defects of these kinds, nothing spurious.
 */
class ProseRulesOnSamplesTest {
    private static final Set<String> RULES = Set.of("narrative-mismatch", "year-mismatch", "conversion-artifact", "plausibility", "cross-year");

    static List<Arguments> samples() {
        return List.of(
                Arguments.of("000", List.of(
                        tuple("conversion-artifact", 7, "[bookmark: _GoBack]"),
                        tuple("conversion-artifact", 405, "1"))),
                Arguments.of("001", List.of(
                        tuple("year-mismatch", 1, "2021"),
                        tuple("conversion-artifact", 3, "公开"))),
                Arguments.of("002", List.of(
                        tuple("narrative-mismatch", 13, "共收到政府信息公开申请5件"),
                        tuple("conversion-artifact", 79, "公开"))),
                Arguments.of("003", List.of(
                        tuple("year-mismatch", 86, "：指2019办理总数+2018年未办结数（跨年办理数）=2019办结数+2019未结数（跨年办理数）"),
                        tuple("conversion-artifact", 400, "[bookmark: _GoBack]"))),
                Arguments.of("004", List.of(
                        tuple("conversion-artifact", 4, "根据"),
                        tuple("conversion-artifact", 5, "窗体顶端"),
                        tuple("conversion-artifact", 8, "[bookmark: _GoBack]"),
                        tuple("year-mismatch", 10, "2021年度"),
                        tuple("conversion-artifact", 401, "窗体顶端"),
                        tuple("conversion-artifact", 411, "1"))));
    }

    @ParameterizedTest
    @MethodSource("samples")
    void eachSampleGivesExactlyItsRealDefects(String id, List<Tuple> expected) {
        assertThat(RuleRun.all(Samples.text(id))).filteredOn(s -> RULES.contains(s.rule()))
                .extracting(Shown::rule, Shown::line, Shown::text)
                .containsExactlyElementsOf(expected);
    }
}

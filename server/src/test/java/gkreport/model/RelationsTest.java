package gkreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.lsp.SampleFiles;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RelationsTest {
    @Test
    void everyRelationOfA2019ReportIsThereAndHolds() {
        List<SumRelation> relations = Relations.of(report(SampleFiles.text(SampleFiles.S000)));
        Map<SumRelation.Kind, Long> counts = relations.stream().collect(Collectors.groupingBy(SumRelation::kind, Collectors.counting()));
        assertThat(counts).isEqualTo(Map.of(SumRelation.Kind.T3_BALANCE, 7L, SumRelation.Kind.T3_TOTAL_ROW, 7L,
                SumRelation.Kind.T3_TOTAL_COL, 23L, SumRelation.Kind.T4_TOTAL, 3L));
        assertThat(relations).allSatisfy(r -> assertThat(r.holds()).contains(true));
        assertThat(relations.stream().filter(r -> r.kind() == SumRelation.Kind.T3_TOTAL_ROW).findFirst().orElseThrow().parts()).hasSize(19);
    }

    @Test
    void aRelationWithABlankOrAbsentCellCannotBeComputed() {
        Report report = report(SampleFiles.text(SampleFiles.S002));
        SumRelation naturalPersons = Relations.of(report).stream()
                .filter(r -> r.kind() == SumRelation.Kind.T3_TOTAL_ROW && r.scope().equals("自然人")).findFirst().orElseThrow();
        assertThat(naturalPersons.partsSum()).isEmpty();
        assertThat(naturalPersons.holds()).isEmpty();
    }

    @Test
    void aChangedNumberBreaksItsRelations() {
        String text = SampleFiles.text(SampleFiles.S001).replace(
                "一、本年新收政府信息公开申请数量 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |", "一、本年新收政府信息公开申请数量 | 4 | 0 | 0 | 0 | 0 | 0 | 4 |");
        List<SumRelation> broken = Relations.of(report(text)).stream().filter(r -> r.holds().equals(java.util.Optional.of(false))).toList();
        assertThat(broken).extracting(r -> r.kind() + " " + r.scope())
                .containsExactlyInAnyOrder("T3_BALANCE 自然人", "T3_BALANCE 总计");
        assertThat(broken.get(0).partsSum()).contains(new BigDecimal(4));
    }

    private static Report report(String text) {
        return new Analyzer().analyze(text, Settings.DEFAULT).report();
    }
}

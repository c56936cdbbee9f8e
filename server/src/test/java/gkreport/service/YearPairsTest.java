package gkreport.service;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.rules.crossyear.CrossYearKey;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearPairsTest {
    private static final CrossYearKey A2022 = new CrossYearKey("甲县", 2022);
    private static final CrossYearKey A2023 = new CrossYearKey("甲县", 2023);
    private static final CrossYearKey A2024 = new CrossYearKey("甲县", 2024);
    private static final CrossYearKey B2022 = new CrossYearKey("乙县", 2022);

    @Test
    void membersPairWithTheSameAgencysYearBeforeWhereverTheyStandInTheList() {
        YearPairs pairs = YearPairs.of(Arrays.asList(A2023, B2022, null, A2022, A2024, A2022));
        assertThat(pairs.lastYears(0)).containsExactly(3, 5);
        assertThat(pairs.lastYears(4)).containsExactly(0);
        assertThat(pairs.lastYears(1)).isEmpty();
        assertThat(pairs.lastYears(2)).isEmpty();
        assertThat(pairs.nextYears(3)).isEqualTo(1);
        assertThat(pairs.nextYears(5)).isEqualTo(1);
        assertThat(pairs.nextYears(0)).isEqualTo(1);
        assertThat(pairs.nextYears(1)).isZero();
    }

    @Test
    void yearsTwoApartAndOtherAgenciesDoNotPair() {
        YearPairs pairs = YearPairs.of(List.of(A2022, A2024, B2022, new CrossYearKey("乙县", 2023)));
        assertThat(pairs.lastYears(1)).isEmpty();
        assertThat(pairs.lastYears(3)).containsExactly(2);
        assertThat(pairs.nextYears(0)).isZero();
    }
}

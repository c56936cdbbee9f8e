package gkreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelMatcherTest {
    private final LabelMatcher<RowSpec> matcher =
            new LabelMatcher<>(Table3Spec.rows(TemplateVersion.V2021), RowSpec::label);

    @Test
    void aLabelWrittenWithOtherBracketsAndSpacesFindsItsRow() {
        assertThat(matcher.best("(一) 予以公开", 0.75).label()).isEqualTo("（一）予以公开");
    }

    @Test
    void aRememberedMatchStillHonoursEachCallersThreshold() {
        String written = "（一）予以公开的";
        RowSpec loose = matcher.best(written, 0.75);
        assertThat(loose).isNotNull();
        assertThat(matcher.best(written, 0.99)).isNull();
        assertThat(matcher.best(written, 0.75)).isSameAs(loose);
    }

    @Test
    void ofEquallySimilarCandidatesTheFirstIsTaken() {
        LabelMatcher<String> twins = new LabelMatcher<>(List.of("甲乙丙丁", "甲乙丙戊"), s -> s);
        assertThat(twins.best("甲乙丙", 0.5)).isEqualTo("甲乙丙丁");
        assertThat(twins.best("甲乙丙", 0.5)).isEqualTo("甲乙丙丁");
    }

    @Test
    void nothingSimilarEnoughGivesNull() {
        assertThat(matcher.best("与本表无关的文字", 0.75)).isNull();
        assertThat(matcher.best("   ", 0.0)).isNull();
    }
}

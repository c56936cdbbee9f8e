package gkreport.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProseTest {
    @Test
    void dropsLineBreaksAndSpacesButKeepsNumbersApart() {
        String source = "受理政府\n信息公开申请 21 件，1 2\u3000３件";
        Prose prose = new Prose.Builder().append(source, 0, source.length()).build();
        assertThat(prose.text()).isEqualTo("受理政府信息公开申请21件，1 2 3件");
    }

    @Test
    void mapsNormalisedCharactersBackToTheSource() {
        String source = "申请 21\n件";
        Prose prose = new Prose.Builder().append(source, 0, 5).append(source, 6, 7).build();
        assertThat(prose.text()).isEqualTo("申请21件");
        var range = prose.range(2, 5);
        assertThat(source.substring(range.start(), range.end())).isEqualTo("21\n件");
    }
}

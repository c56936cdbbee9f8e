package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class SpacesTest {
    @Test
    void stripTakesWhatARegularExpressionsSpacesAndTheNoBreakAndIdeographicSpacesTake() {
        String[] pieces = {" ", "\t", "\n", "\r", "\u000B", "\f", "\u00A0", "\u3000", "\u2003", "a", "公开", "1"};
        Random random = new Random(3);
        for (int n = 0; n < 5_000; n++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(8); i > 0; i--) b.append(pieces[random.nextInt(pieces.length)]);
            String line = b.toString();
            assertThat(Spaces.strip(line)).isEqualTo(line.replaceAll("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$", ""));
        }
    }

    @Test
    void aSpaceWithinALineIsNoLineBreak() {
        assertThat(Spaces.isSpace('\u3000')).isTrue();
        assertThat(Spaces.isSpace('\t')).isTrue();
        assertThat(Spaces.isSpace('\n')).isFalse();
        assertThat(Spaces.isSpaceOrBreak('\r')).isTrue();
        assertThat(Spaces.isSpaceOrBreak('\u2003')).isFalse();
    }
}

package gkreport.rules.crossyear;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A place kept without its text gives the lines and columns it has in the whole text, whatever the line breaks. */
class DetachedPlaceTest {
    private static final List<String> PIECES = List.of("\n", "\r\n", "\r", "表三", "𠀀", "0", "12", " ", "\t", "|");

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 100);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void keepsLinesAndColumnsOfStartAndEnd(long seed) {
        Random random = new Random(seed);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 200; i++) b.append(PIECES.get(random.nextInt(PIECES.size())));
        SourceText whole = new SourceText(b.toString());
        int start = random.nextInt(whole.length() + 1);
        int end = start + random.nextInt(Math.min(40, whole.length() - start) + 1);
        DetachedPlace place = DetachedPlace.of("last.txt", whole, new TextRange(start, end));
        SourceText kept = place.source();
        assertThat(kept.lineOf(place.range().start())).isEqualTo(whole.lineOf(start));
        assertThat(kept.codePointColumn(place.range().start())).isEqualTo(whole.codePointColumn(start));
        assertThat(kept.lineOf(place.range().end())).isEqualTo(whole.lineOf(end));
        assertThat(kept.codePointColumn(place.range().end())).isEqualTo(whole.codePointColumn(end));
        assertThat(kept.slice(place.range())).isEqualTo(whole.slice(new TextRange(start, end)));
    }
}

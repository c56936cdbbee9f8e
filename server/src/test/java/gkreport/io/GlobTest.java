package gkreport.io;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {
    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @CsvSource({
        "*.docx, a.docx, true", "*.docx, 2020/a.docx, true", "*.docx, a.txt, false",
        "archive/**, archive/2019/x.txt, true", "archive/**, other/archive/x.txt, false",
        "**/draft-*.txt, draft-1.txt, true", "**/draft-*.txt, a/b/draft-2.txt, true", "**/draft-*.txt, a/b/final.txt, false",
        "2020/*.txt, 2020/x.txt, true", "2020/*.txt, 2020/sub/x.txt, false", "./2020/*.txt, 2020/x.txt, true",
        "'*.{docx,html}', x.html, true", "'*.{docx,html}', x.htm, false", "report?.txt, report1.txt, true",
        "a+b(1).txt, a+b(1).txt, true", "a+b(1).txt, aab1.txt, false"
    })
    void matchesRelativePaths(String pattern, String path, boolean matches) {
        assertThat(Glob.of(pattern).matches(path)).isEqualTo(matches);
    }
}

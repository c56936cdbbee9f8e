package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.service.Analyzer;
import gkreport.service.Settings;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class OpenDocumentTest {
    private static TextDocumentContentChangeEvent at(int l1, int c1, int l2, int c2, String text) {
        return new TextDocumentContentChangeEvent(new Range(new Position(l1, c1), new Position(l2, c2)), text);
    }

    @Test
    void appliesIncrementalChangesInOrderWithUtf16Columns() {
        OpenDocument doc = new OpenDocument("file:///r.txt", 1, "𠀀4、标题\n正文\n");
        OpenDocument next = doc.changed(2, List.of(at(0, 2, 0, 3, "四"), at(1, 2, 1, 2, "。"), at(2, 0, 2, 0, "末行")));
        assertThat(next.text()).isEqualTo("𠀀四、标题\n正文。\n末行");
        assertThat(next.version()).isEqualTo(2);
        assertThat(doc.text()).isEqualTo("𠀀4、标题\n正文\n");
    }

    @Test
    void aChangeWithoutRangeReplacesTheWholeText() {
        OpenDocument doc = new OpenDocument("file:///r.txt", 1, "旧");
        assertThat(doc.changed(2, List.of(new TextDocumentContentChangeEvent("新\n"), at(1, 0, 1, 0, "尾"))).text()).isEqualTo("新\n尾");
    }

    @Test
    void deletesAcrossLines() {
        OpenDocument doc = new OpenDocument("file:///r.txt", 1, "一\r\n二\r\n三");
        assertThat(doc.changed(2, List.of(at(0, 1, 2, 0, ""))).text()).isEqualTo("一三");
    }

    @Test
    void analysesOncePerSettings() {
        OpenDocument doc = new OpenDocument("file:///r.txt", 1, SampleFiles.text(SampleFiles.S003));
        Analyzer analyzer = new Analyzer();
        var first = doc.analysis(analyzer, Settings.DEFAULT).orElseThrow();
        assertThat(doc.analysis(analyzer, new Settings("zh", java.util.Map.of())).orElseThrow()).isSameAs(first);
        assertThat(doc.analysis(analyzer, Settings.DEFAULT.withLanguage("en")).orElseThrow()).isNotSameAs(first);
    }
}

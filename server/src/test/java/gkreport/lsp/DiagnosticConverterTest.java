package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.rules.Finding;
import gkreport.rules.RuleDocs;
import gkreport.rules.RuleId;
import gkreport.testkit.Samples;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;

/** The guard of the conversion: a diagnostic never has an empty range, whatever range a finding brings. */
class DiagnosticConverterTest {
    private static final DiagnosticConverter CONVERTER = new DiagnosticConverter(RuleDocs.onDisk());

    @Test
    void anEmptyRangeInsideALineCoversTheCharacterAfterIt() {
        String text = Samples.text("002");
        SourceText source = new SourceText(text);
        int tab = text.indexOf("(一) 予以公开\t\t") + "(一) 予以公开".length() + 1;
        Diagnostic d = diagnostic(source, TextRange.at(tab));
        assertThat(d.getRange()).isEqualTo(new Range(new Position(46, 19), new Position(46, 20)));
        assertThat(d.getCode().getLeft()).isEqualTo("missing-cells");
    }

    @Test
    void anEmptyRangeAtALinesEndCoversTheCharacterBeforeIt() {
        SourceText source = new SourceText("表三\n𠀀\n");
        assertThat(range(source, TextRange.at(2))).isEqualTo(new Range(new Position(0, 1), new Position(0, 2)));
        assertThat(range(source, TextRange.at(5))).isEqualTo(new Range(new Position(1, 0), new Position(1, 2)));
    }

    @Test
    void anEmptyRangeOnAnEmptyLineCoversTheLineAndItsBreak() {
        SourceText source = new SourceText("一\n\n二");
        assertThat(range(source, TextRange.at(2))).isEqualTo(new Range(new Position(1, 0), new Position(2, 0)));
        assertThat(range(new SourceText(""), TextRange.at(0))).isEqualTo(new Range(new Position(0, 0), new Position(0, 1)));
    }

    @Test
    void aRangeThatIsNotEmptyIsKept() {
        SourceText source = new SourceText("一、总体情况\n");
        assertThat(range(source, new TextRange(0, 2))).isEqualTo(new Range(new Position(0, 0), new Position(0, 2)));
    }

    private static Range range(SourceText source, TextRange range) {
        Range r = diagnostic(source, range).getRange();
        assertThat(r.getStart()).isNotEqualTo(r.getEnd());
        return r;
    }

    private static Diagnostic diagnostic(SourceText source, TextRange range) {
        Finding finding = new Finding(RuleId.MISSING_CELLS, RuleId.MISSING_CELLS.defaultSeverity(), range, Message.of("x"), List.of(), null);
        return CONVERTER.diagnostic(finding, source, Messages.ZH, "file:///r.txt");
    }
}

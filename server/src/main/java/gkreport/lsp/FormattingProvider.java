package gkreport.lsp;

import gkreport.format.CanonicalFormatter;
import gkreport.model.Report;
import java.util.List;
import org.eclipse.lsp4j.TextEdit;

/** Formatting to the canonical form: the edits from the text as written to the formatted text; none when it is canonical. */
public final class FormattingProvider {
    private FormattingProvider() {
    }

    public static List<TextEdit> edits(Report report) {
        return EditBuilder.textEdits(report.source(), TextDiff.edits(report.source(), CanonicalFormatter.format(report)));
    }
}

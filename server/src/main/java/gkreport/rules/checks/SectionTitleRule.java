package gkreport.rules.checks;

import gkreport.model.Labels;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.rules.TextEdit;
import gkreport.text.Message;
import java.util.List;

/**
 * A section heading's wording is the format's. The statute's own wordings are accepted and
 * reported as info; any other wording (「行政法复议」) is a warning with the standard wording as fix.
 */
public final class SectionTitleRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SECTION_TITLE;
    }

    @Override
    public void check(Report report, Findings out) {
        for (Section section : report.sections()) {
            SectionHeading h = section.heading();
            String written = Labels.normalize(h.wording());
            String standard = h.spec().title();
            if (written.equals(Labels.normalize(standard))) continue;
            // A heading found by its place, in words of its own, is the clerk's to reword: the fix is offered, never applied.
            Fix fix = new Fix(Message.of("fix.title", standard), List.of(new TextEdit(h.wordingRange(), standard)), !h.byPosition());
            boolean variant = h.spec().variants().stream().anyMatch(v -> Labels.normalize(v).equals(written));
            if (variant) {
                Fix optional = new Fix(fix.title(), fix.edits(), false);
                out.add(Severity.INFO, h.wordingRange(), Message.of("title.variant", h.wording(), standard), List.of(), optional);
            } else {
                out.add(h.wordingRange(), Message.of("title.differs", h.wording(), standard), fix);
            }
        }
    }
}

package gkreport.rules.checks;

import gkreport.grammar.TextRange;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionSpec;
import gkreport.rules.Findings;
import gkreport.rules.Message;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import java.util.List;

/** Each of the six sections is present. A missing one is reported where it should stand. */
public final class SectionMissingRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SECTION_MISSING;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.structureless()) return; // unreadable-table says once that no part can be told apart
        List<Section> sections = report.sections();
        for (SectionSpec spec : SectionSpec.ALL) {
            if (sections.stream().anyMatch(s -> s.heading().spec() == spec)) continue;
            out.add(where(report, spec), Message.of("section.missing", SectionNumberRule.expectedNumeral(spec.number()), spec.title()));
        }
    }

    /** The heading of the next section present, or the end of the text. */
    private static TextRange where(Report report, SectionSpec missing) {
        return report.sections().stream()
                .filter(s -> s.heading().spec().number() > missing.number())
                .map(s -> s.heading().line().range())
                .findFirst()
                .orElse(TextRange.at(report.source().length()));
    }
}

package gkreport.rules.checks;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionSpec;
import gkreport.rules.Findings;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.text.Message;
import java.util.List;

/**
 * Each of the six sections is present. A missing one is reported where it should stand. When
 * numbered paragraphs about the section's matter stand where it belongs (「（一）2024 年工作中存在问题的
 * 改进情况」 between sections 四 and 六), its content is there and only its heading is missing — often
 * lost in conversion: a warning that points at them, not an error.
 */
public final class SectionMissingRule implements Rule {
    private static final int MAX_HEADING_LENGTH = 40;

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
            String numeral = SectionNumberRule.expectedNumeral(spec.number());
            TextLine content = contentInPlace(report, spec);
            if (content == null) {
                out.add(where(report, spec), Message.of("section.missing", numeral, spec.title()));
            } else {
                out.add(Severity.WARNING, content.range(), Message.of("section.headingMissing", numeral, spec.title(), content.text().strip()),
                        List.of(Related.here(content.range(), Message.of("section.contentHere", numeral, spec.title()))), null);
            }
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

    /**
     * A numbered paragraph heading about the missing section's matter, in the body of the section
     * before it (which is where the missing section's text falls), or null.
     */
    private static TextLine contentInPlace(Report report, SectionSpec missing) {
        Section before = null;
        for (Section s : report.sections()) {
            if (s.heading().spec().number() < missing.number()) before = s;
        }
        if (before == null) return null;
        for (Block block : before.body()) {
            if (!(block instanceof TextLine line) || !line.prefix().hasNumeral()) continue;
            String wording = Labels.normalize(report.source().slice(line.contentRange()));
            if (wording.length() <= MAX_HEADING_LENGTH && missing.keywords().stream().anyMatch(wording::contains)) return line;
        }
        return null;
    }
}

package gkreport.rules.checks;

import gkreport.grammar.TextRange;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionSpec;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.model.TemplateVersion;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.text.Message;

/** Tables 二, 三 and 四 are present, and table 二 has every block of its format. */
public final class TableMissingRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.TABLE_MISSING;
    }

    @Override
    public void check(Report report, Findings out) {
        // A table that stands in the text unread is unreadable-table's to report, not missing.
        if (report.table2() == null && !report.unreadable("表二")) {
            out.add(where(report, 2), Message.of("table.missing", Places.table("表二"), SectionSpec.number(2).title()));
        }
        if (report.table3() == null && !report.unreadable("表三")) {
            out.add(where(report, 3), Message.of("table.missing", Places.table("表三"), SectionSpec.number(3).title()));
        }
        if (report.table4() == null && !report.unreadable("表四")) {
            out.add(where(report, 4), Message.of("table.missing", Places.table("表四"), SectionSpec.number(4).title()));
        }
        Table2 t2 = report.table2();
        if (t2 == null) return;
        TemplateVersion version = report.template() == null ? TemplateVersion.V2019 : report.template();
        for (Table2Spec.BlockSpec spec : Table2Spec.blocks(version)) {
            boolean present = t2.blocks().stream().anyMatch(b -> spec.item().equals(b.item()));
            if (!present) {
                TextRange at = t2.syntax().rows().get(0).range();
                out.add(at, Message.of("table.blockMissing", spec.caption(), version.id()));
            }
        }
    }

    /** The heading of the section that should hold the table, or the start of the text. */
    private static TextRange where(Report report, int sectionNumber) {
        return report.sections().stream()
                .filter(s -> s.heading().spec().number() == sectionNumber)
                .map(Section::heading)
                .map(h -> h.line().range())
                .findFirst()
                .orElse(report.title() != null ? report.title().range() : TextRange.at(0));
    }
}

package gkreport.rules.checks;

import gkreport.model.Report;
import gkreport.model.TemplateMark;
import gkreport.model.TemplateVersion;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.text.Message;
import java.util.List;

/**
 * The tables follow the format the report year requires (2019 format up to the 2020 report,
 * 2021 format from the 2021 report on), and only that one: a label of the other format inside
 * the tables (「规范性文件」 in a 2021 table) is reported where it stands.
 */
public final class TemplateVersionRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.TEMPLATE_VERSION;
    }

    @Override
    public void check(Report report, Findings out) {
        TemplateVersion used = report.template();
        if (used == null) return;
        Integer year = report.year().orElse(null);
        if (year != null && TemplateVersion.requiredFor(year) != used) {
            TemplateVersion required = TemplateVersion.requiredFor(year);
            TemplateMark first = report.marks().stream().filter(m -> m.version() == used).findFirst().orElseThrow();
            List<Related> related = List.of(Related.here(report.title().yearRange(), Message.of("related.titleYear", year)));
            out.add(first.range(), Message.of("template.wrong", String.valueOf(year), required.id(), used.id(), first.label()),
                    related, null);
            return;
        }
        for (TemplateMark mark : report.marks()) {
            if (mark.version() != used) {
                out.add(mark.range(), Message.of("template.mixed", used.id(), mark.version().id(), Places.table(mark.table()), mark.label()));
            }
        }
    }
}

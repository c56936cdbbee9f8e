package gkreport.rules;

import gkreport.rules.checks.ConversionArtifactRule;
import gkreport.rules.checks.InvalidNumberRule;
import gkreport.rules.checks.MissingCellsRule;
import gkreport.rules.checks.NarrativeMismatchRule;
import gkreport.rules.checks.PlausibilityRule;
import gkreport.rules.checks.RowMissingRule;
import gkreport.rules.checks.SectionMissingRule;
import gkreport.rules.checks.SectionNumberRule;
import gkreport.rules.checks.SectionTitleRule;
import gkreport.rules.checks.SubsectionNumberRule;
import gkreport.rules.checks.SumRelationRule;
import gkreport.rules.checks.TableMissingRule;
import gkreport.rules.checks.TemplateVersionRule;
import gkreport.rules.checks.UnknownRowRule;
import gkreport.rules.checks.UnreadableTableRule;
import gkreport.rules.checks.YearMismatchRule;
import java.util.List;

/** The rules that run on every report. */
public final class Rules {
    private Rules() {
    }

    /** Rules checked across files, by {@code CrossYearCheck}, rather than on one report. */
    public static List<RuleId> acrossFiles() {
        return List.of(RuleId.CROSS_YEAR);
    }

    public static List<Rule> all() {
        return List.of(
                new SumRelationRule(),
                new SectionNumberRule(),
                new SubsectionNumberRule(),
                new SectionTitleRule(),
                new SectionMissingRule(),
                new TableMissingRule(),
                new RowMissingRule(),
                new MissingCellsRule(),
                new InvalidNumberRule(),
                new TemplateVersionRule(),
                new UnknownRowRule(),
                new YearMismatchRule(),
                new NarrativeMismatchRule(),
                new ConversionArtifactRule(),
                new PlausibilityRule(),
                new UnreadableTableRule());
    }
}

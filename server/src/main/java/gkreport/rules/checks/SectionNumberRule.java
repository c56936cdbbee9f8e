package gkreport.rules.checks;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.NumeralStyle;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.TextEdit;
import gkreport.text.Message;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Each of the six sections is numbered 「一、」…「六、」 by its place in the format. A heading
 * recognised by its wording but numbered 「4、」, 「三、」 or not at all gets the expected numeral
 * as its fix; a section written twice or out of order is reported without one.
 */
public final class SectionNumberRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SECTION_NUMBER;
    }

    @Override
    public void check(Report report, Findings out) {
        Set<Integer> seen = new HashSet<>();
        int previous = 0;
        for (Section section : report.sections()) {
            SectionHeading h = section.heading();
            int number = h.spec().number();
            String expected = expectedNumeral(number);
            if (!seen.add(number)) {
                out.add(h.line().range(), Message.of("section.repeated", expected, h.spec().title()));
                continue;
            }
            if (number < previous) {
                out.add(h.line().range(), Message.of("section.outOfOrder", expected, h.spec().title(), expectedNumeral(previous)));
            }
            previous = Math.max(previous, number);
            if (h.numeral() == null) {
                out.add(h.wordingRange(), Message.of("section.noNumeral", expected, h.spec().title()), fix(h, expected));
            } else if (h.numeral().style() != NumeralStyle.CHINESE || h.numeral().value() != number) {
                out.add(h.numeralRange(), Message.of("section.wrongNumeral", h.numeral().text(), expected, h.spec().title()),
                        fix(h, expected));
            }
        }
    }

    /** 「四、」 */
    public static String expectedNumeral(int number) {
        return ChineseNumerals.of(number) + "、";
    }

    /** Replaces the numeral and the spaces after it, or inserts one before the wording. */
    private static Fix fix(SectionHeading h, String expected) {
        int lineStart = h.line().range().start();
        TextRange range = h.numeral() == null ? TextRange.at(h.wordingRange().start())
                : new TextRange(lineStart + h.numeral().start(), lineStart + h.numeral().end());
        return new Fix(Message.of("fix.numeral", expected), List.of(new TextEdit(range, expected)), true);
    }
}

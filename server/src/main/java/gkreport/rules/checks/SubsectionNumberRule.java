package gkreport.rules.checks;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Numeral;
import gkreport.grammar.syntax.NumeralStyle;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.TableLabels;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.TextEdit;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Inside a section, 「（一）（二）…」 count up from one in one bracket width, and 「1、2、…」 count up
 * from one under each of them. A numeral that breaks the count or the width gets the expected
 * one as its fix, so that one fix-all renumbers the section and leaves nothing to fix.
 */
public final class SubsectionNumberRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.SUBSECTION_NUMBER;
    }

    @Override
    public void check(Report report, Findings out) {
        for (Section section : report.sections()) {
            List<TextLine> numbered = new ArrayList<>();
            for (Block b : section.body()) {
                if (b instanceof TextLine line && line.prefix().hasNumeral() && !isTableLabel(report, line)) numbered.add(line);
            }
            List<TextLine> level1 = numbered.stream().filter(l -> isBracketedChinese(l.prefix().numeral())).toList();
            NumeralStyle width = dominant(level1);
            int expected = 1;
            List<TextLine> items = new ArrayList<>();
            for (TextLine line : numbered) {
                Numeral n = line.prefix().numeral();
                if (isBracketedChinese(n)) {
                    checkItems(items, out);
                    items.clear();
                    check(line, n, expected++, width, out);
                } else if (n.style() == NumeralStyle.ARABIC_DUN || n.style() == NumeralStyle.ARABIC_DOT) {
                    items.add(line);
                }
            }
            checkItems(items, out);
        }
    }

    /** A run of 「1、」/「1.」 items under one subsection. */
    private static void checkItems(List<TextLine> items, Findings out) {
        NumeralStyle style = dominant(items);
        int expected = 1;
        for (TextLine line : items) check(line, line.prefix().numeral(), expected++, style, out);
    }

    private static void check(TextLine line, Numeral n, int expected, NumeralStyle style, Findings out) {
        if (n.value() == expected && n.style() == style) return;
        String want = render(expected, style);
        TextRange range = line.range().sub(n.start(), n.start() + n.text().length());
        Message msg = n.value() == expected ? Message.of("subsection.width", n.text(), want)
                : Message.of("subsection.number", n.text(), want);
        out.add(range, msg, new Fix(Message.of("fix.numeral", want), List.of(new TextEdit(range, want)), true));
    }

    private static String render(int value, NumeralStyle style) {
        return switch (style) {
            case CHINESE_FULLWIDTH_BRACKETS -> "（" + ChineseNumerals.of(value) + "）";
            case CHINESE_ASCII_BRACKETS -> "(" + ChineseNumerals.of(value) + ")";
            case ARABIC_DOT -> value + ".";
            default -> value + "、";
        };
    }

    /** The style most numerals of the run use; the format's own on a tie. */
    private static NumeralStyle dominant(List<TextLine> lines) {
        Map<NumeralStyle, Long> counts = lines.stream()
                .collect(Collectors.groupingBy(l -> l.prefix().numeral().style(), Collectors.counting()));
        NumeralStyle preferred = lines.isEmpty() || isBracketedChinese(lines.get(0).prefix().numeral())
                ? NumeralStyle.CHINESE_FULLWIDTH_BRACKETS : NumeralStyle.ARABIC_DUN;
        long best = counts.getOrDefault(preferred, 0L);
        NumeralStyle result = preferred;
        for (Map.Entry<NumeralStyle, Long> e : counts.entrySet()) {
            if (e.getValue() > best) {
                best = e.getValue();
                result = e.getKey();
            }
        }
        return result;
    }

    /**
     * A table label (or its start, broken over lines) written as a line of prose by a PDF extraction
     * is not a numbered paragraph, nor is a piece of one that stands inside a recognised table (a
     * label wrapped over lines).
     */
    private static boolean isTableLabel(Report report, TextLine line) {
        return insideTable(report, line.range().start())
                || TableLabels.isTableLabelOrStart(report.source().slice(line.range()).strip());
    }

    private static boolean insideTable(Report report, int offset) {
        return report.table2() != null && report.table2().syntax().range().contains(offset)
                || report.table3() != null && report.table3().syntax().range().contains(offset)
                || report.table4() != null && report.table4().syntax().range().contains(offset);
    }

    private static boolean isBracketedChinese(Numeral n) {
        return n.style() == NumeralStyle.CHINESE_FULLWIDTH_BRACKETS || n.style() == NumeralStyle.CHINESE_ASCII_BRACKETS;
    }
}

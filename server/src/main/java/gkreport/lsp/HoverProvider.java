package gkreport.lsp;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.model.CellRequirements;
import gkreport.model.DataCell;
import gkreport.model.Relations;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.model.SumRelation;
import gkreport.rules.Places;
import gkreport.rules.checks.SectionNumberRule;
import gkreport.tableview.RelationWords;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;

/**
 * Hover on a number: its table, row and column, and every relation it takes part in with the
 * values and whether it holds. Hover on a section heading: the numeral and title the format expects.
 */
public final class HoverProvider {

    private HoverProvider() {
    }

    public static Optional<Hover> hover(Report report, int offset, Messages messages) {
        Optional<DataCell> cell = cellAt(report, offset);
        if (cell.isPresent()) return Optional.of(cellHover(report, cell.get(), messages));
        return headingAt(report, offset).map(h -> headingHover(report.source(), h, messages));
    }

    /**
     * The cell, then the relations it takes part in (✓/✗), then why no change of it is proposed when
     * they ask different values of it, and last the other cells of the broken ones, which may be many.
     */
    private static Hover cellHover(Report report, DataCell cell, Messages messages) {
        List<String> lines = new ArrayList<>();
        lines.add(messages.render(Message.of("lsp.hover.cell", Places.cell(cell), cell.source().text())));
        List<SumRelation> all = Relations.of(report);
        List<SumRelation> relations = Relations.involving(all, cell);
        if (!relations.isEmpty()) {
            lines.add("");
            for (SumRelation r : relations) lines.add("- " + RelationWords.status(r, messages) + " " + RelationWords.describe(r, messages));
        }
        CellRequirements requirements = CellRequirements.of(all, cell);
        boolean totalOfBroken = relations.stream().anyMatch(r -> r.broken() && r.total().filter(cell::equals).isPresent());
        if (totalOfBroken && requirements.disagree()) {
            lines.add("");
            lines.add(disagreement(requirements, messages));
        }
        List<DataCell> operands = relations.stream().filter(SumRelation::broken)
                .flatMap(r -> Stream.concat(r.parts().stream(), r.totals().stream()))
                .filter(c -> !c.equals(cell)).distinct().toList();
        if (!operands.isEmpty()) {
            lines.add("");
            lines.add(messages.text("lsp.hover.operands"));
            for (DataCell c : operands) lines.add("- " + messages.render(Message.of("related.operand", Places.cell(c), RelationWords.value(c))));
        }
        return hover(report.source(), cell.range(), String.join("\n", lines));
    }

    /** 「经过此格的关系对它要求的值不同，未提供自动修改：“（七）总计”行的总计要求 26；“自然人”列的勾稽关系要求 20」 */
    private static String disagreement(CellRequirements requirements, Messages messages) {
        String each = requirements.requirements().stream()
                .map(r -> messages.render(Message.of("lsp.hover.requires", relationName(r.relation()), r.value().toPlainString())))
                .collect(Collectors.joining(messages.text("lsp.hover.listSeparator")));
        return messages.render(Message.of("lsp.hover.disagree", each));
    }

    private static Message relationName(SumRelation r) {
        return Message.of("lsp.relation.name." + r.kind().id(), r.scope());
    }

    private static Hover headingHover(SourceText source, SectionHeading h, Messages messages) {
        int number = h.spec().number();
        String written = source.slice(h.line().contentRange().union(h.numeralRange()));
        String text = messages.render(Message.of("lsp.hover.section", ChineseNumerals.of(number), String.valueOf(number))) + "\n\n"
                + messages.render(Message.of("lsp.hover.expected", SectionNumberRule.expectedNumeral(number), h.spec().title())) + "\n\n"
                + messages.render(Message.of("lsp.hover.written", written));
        return hover(source, h.line().range(), text);
    }

    private static Hover hover(SourceText source, TextRange range, String markdown) {
        return new Hover(new MarkupContent(MarkupKind.MARKDOWN, markdown), Positions.range(source, range));
    }

    /** The written cell of table 二, 三 or 四 under the offset. */
    static Optional<DataCell> cellAt(Report report, int offset) {
        return allCells(report).stream()
                .filter(c -> !c.isAbsent() && c.range().length() > 0 && c.range().contains(offset))
                .findFirst();
    }

    static List<DataCell> allCells(Report report) {
        return report.dataRows().stream().flatMap(r -> r.cells().stream()).toList();
    }

    private static Optional<SectionHeading> headingAt(Report report, int offset) {
        return report.sections().stream().map(Section::heading).filter(h -> h.line().range().contains(offset)).findFirst();
    }
}

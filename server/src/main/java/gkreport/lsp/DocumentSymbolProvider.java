package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Table;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.model.Table2;
import gkreport.rules.Places;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.SymbolKind;

/**
 * The outline: the report (its year and format as detail) → its sections → their tables →
 * the blocks of table 二.
 */
public final class DocumentSymbolProvider {
    private DocumentSymbolProvider() {
    }

    public static List<DocumentSymbol> symbols(Report report, Messages messages) {
        SourceText source = report.source();
        TextRange whole = new TextRange(0, source.length());
        TextRange titleRange = report.title() != null ? report.title().range() : TextRange.at(0);
        String name = report.title() != null ? report.title().text().strip() : messages.text("lsp.symbol.untitled");
        DocumentSymbol root = symbol(source, name, SymbolKind.File, whole, titleRange, detail(report, messages));
        List<DocumentSymbol> children = new ArrayList<>();
        for (Section section : report.sections()) children.add(section(report, section, messages));
        root.setChildren(children);
        return List.of(root);
    }

    private static String detail(Report report, Messages messages) {
        String year = report.year().map(y -> messages.render(Message.of("lsp.symbol.year", String.valueOf(y))))
                .orElse(messages.text("lsp.symbol.yearUnknown"));
        String template = report.template() != null ? messages.render(Message.of("lsp.symbol.template", report.template().id()))
                : messages.text("lsp.symbol.templateUnknown");
        return year + " · " + template;
    }

    /** A section spans its heading and its body up to the end of its last block. */
    private static DocumentSymbol section(Report report, Section section, Messages messages) {
        SectionHeading h = section.heading();
        List<Block> body = section.body();
        TextRange range = body.isEmpty() ? h.line().range() : h.line().range().union(body.get(body.size() - 1).range());
        String name = report.source().slice(h.line().contentRange().union(h.numeralRange())).strip();
        DocumentSymbol symbol = symbol(report.source(), name, SymbolKind.Module, range, h.line().range(), null);
        symbol.setChildren(tables(report, body, messages));
        return symbol;
    }

    /**
     * The tables written in a section: table 二, 三 or 四 as recognised (which may join pieces a
     * converter split), once each, and any other table as written.
     */
    private static List<DocumentSymbol> tables(Report report, List<Block> body, Messages messages) {
        List<NamedTable> known = recognised(report, messages);
        List<DocumentSymbol> out = new ArrayList<>();
        Set<NamedTable> listed = new HashSet<>();
        for (Block block : body) {
            if (!(block instanceof Table written)) continue;
            Optional<NamedTable> match = known.stream().filter(t -> overlaps(t.syntax().range(), written.range())).findFirst();
            if (match.isEmpty()) out.add(table(report, new NamedTable(messages.text("lsp.symbol.table"), written)));
            else if (listed.add(match.get())) out.add(table(report, match.get()));
        }
        return out;
    }

    private static DocumentSymbol table(Report report, NamedTable table) {
        SourceText source = report.source();
        TextRange whole = table.syntax().range();
        DocumentSymbol symbol = symbol(source, table.name(), SymbolKind.Struct, whole, whole, null);
        List<DocumentSymbol> blocks = new ArrayList<>();
        if (report.table2() != null && report.table2().syntax() == table.syntax()) {
            List<Table2.Block> all = report.table2().blocks();
            for (int i = 0; i < all.size(); i++) {
                int end = i + 1 < all.size() ? all.get(i + 1).caption().range().start() : whole.end();
                TextRange range = new TextRange(all.get(i).caption().range().start(), trimmedEnd(source, end));
                String caption = all.get(i).caption().cells().stream().map(c -> c.text().strip())
                        .filter(t -> !t.isEmpty()).findFirst().orElse("");
                blocks.add(symbol(source, caption, SymbolKind.Field, range, all.get(i).caption().range(), null));
            }
        }
        symbol.setChildren(blocks);
        return symbol;
    }

    private static List<NamedTable> recognised(Report report, Messages messages) {
        List<NamedTable> tables = new ArrayList<>();
        if (report.table2() != null) tables.add(new NamedTable(messages.render(Places.table("表二")), report.table2().syntax()));
        if (report.table3() != null) tables.add(new NamedTable(messages.render(Places.table("表三")), report.table3().syntax()));
        if (report.table4() != null) tables.add(new NamedTable(messages.render(Places.table("表四")), report.table4().syntax()));
        return tables;
    }

    private static boolean overlaps(TextRange a, TextRange b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private record NamedTable(String name, Table syntax) {
    }

    /** The offset before the line breaks and spaces that end the span. */
    private static int trimmedEnd(SourceText source, int end) {
        String text = source.text();
        int e = end;
        while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e;
    }

    private static DocumentSymbol symbol(SourceText source, String name, SymbolKind kind, TextRange range, TextRange selection,
                                         String detail) {
        return new DocumentSymbol(name.isEmpty() ? "—" : name, kind, Positions.range(source, range.union(selection)),
                Positions.range(source, selection), detail);
    }
}

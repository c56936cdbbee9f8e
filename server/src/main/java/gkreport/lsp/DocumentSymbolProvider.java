package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Table;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.model.Table2;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import gkreport.rules.Places;
import java.util.ArrayList;
import java.util.List;
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
        List<DocumentSymbol> tables = new ArrayList<>();
        for (Block block : section.body()) {
            if (block instanceof Table table) tables.add(table(report, table, messages));
        }
        symbol.setChildren(tables);
        return symbol;
    }

    private static DocumentSymbol table(Report report, Table table, Messages messages) {
        SourceText source = report.source();
        DocumentSymbol symbol = symbol(source, tableName(report, table, messages), SymbolKind.Struct, table.range(), table.range(), null);
        List<DocumentSymbol> blocks = new ArrayList<>();
        if (report.table2() != null && report.table2().syntax() == table) {
            List<Table2.Block> all = report.table2().blocks();
            for (int i = 0; i < all.size(); i++) {
                int end = i + 1 < all.size() ? all.get(i + 1).caption().range().start() : table.range().end();
                TextRange range = new TextRange(all.get(i).caption().range().start(), trimmedEnd(source, end));
                String caption = all.get(i).caption().cells().stream().map(c -> c.text().strip())
                        .filter(t -> !t.isEmpty()).findFirst().orElse("");
                blocks.add(symbol(source, caption, SymbolKind.Field, range, all.get(i).caption().range(), null));
            }
        }
        symbol.setChildren(blocks);
        return symbol;
    }

    private static String tableName(Report report, Table table, Messages messages) {
        if (report.table2() != null && report.table2().syntax() == table) return messages.render(Places.table("表二"));
        if (report.table3() != null && report.table3().syntax() == table) return messages.render(Places.table("表三"));
        if (report.table4() != null && report.table4().syntax() == table) return messages.render(Places.table("表四"));
        return messages.text("lsp.symbol.table");
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

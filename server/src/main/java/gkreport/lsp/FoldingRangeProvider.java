package gkreport.lsp;

import gkreport.grammar.SourceText;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Table;
import gkreport.model.Report;
import gkreport.model.Section;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;

/** Folding: each section from its heading to its last line, and each table from its first row to its last. */
public final class FoldingRangeProvider {
    private FoldingRangeProvider() {
    }

    public static List<FoldingRange> ranges(Report report) {
        SourceText source = report.source();
        List<FoldingRange> ranges = new ArrayList<>();
        for (Section section : report.sections()) {
            int start = section.heading().line().line();
            int end = section.body().isEmpty() ? start : source.lineOf(lastEnd(section.body()));
            add(ranges, start, end);
            for (Block block : section.body()) {
                if (block instanceof Table table) {
                    add(ranges, source.lineOf(table.range().start()), source.lineOf(table.range().end()));
                }
            }
        }
        return ranges;
    }

    private static int lastEnd(List<Block> body) {
        return body.get(body.size() - 1).range().end();
    }

    private static void add(List<FoldingRange> ranges, int start, int end) {
        if (end <= start) return;
        FoldingRange range = new FoldingRange(start, end);
        range.setKind(FoldingRangeKind.Region);
        ranges.add(range);
    }
}

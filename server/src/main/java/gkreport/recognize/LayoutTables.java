package gkreport.recognize;

import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import java.util.ArrayList;
import java.util.List;

/**
 * Tables written as space-aligned text ({@code pdftotext -layout}, a PDF viewer's copy): the
 * grammar reads their lines of numbers as rows, and everything else of them — headers, captions,
 * labels wrapped over lines, group labels, page numbers — as lines of text. A region of such
 * rows and the short lines of text around them, up to a section heading or prose, becomes one
 * table (see {@link LayoutTable}).
 */
final class LayoutTables {
    /** A line of a table's text is short; a longer one is prose. */
    private static final int MAX_FIELD_LENGTH = 40;

    private LayoutTables() {
    }

    /** The blocks with each region of space-aligned text replaced by the one table it holds. */
    static List<Block> assemble(List<Block> blocks, String source) {
        if (blocks.stream().noneMatch(LayoutTables::isSpaced)) return blocks;
        List<Block> out = new ArrayList<>(blocks.size());
        int i = 0;
        while (i < blocks.size()) {
            if (!isSpaced(blocks.get(i))) {
                out.add(blocks.get(i++));
                continue;
            }
            int from = out.size();
            while (from > 0 && out.get(from - 1) instanceof TextLine line && isTableText(line, source)) from--;
            List<Block> region = new ArrayList<>(out.subList(from, out.size()));
            out.subList(from, out.size()).clear();
            while (i < blocks.size() && (isSpaced(blocks.get(i)) || blocks.get(i) instanceof TextLine line && isTableText(line, source))) {
                region.add(blocks.get(i++));
            }
            Table table = LayoutTable.build(lines(region, source), source);
            if (table != null) out.add(table);
            else out.addAll(region);
        }
        return out;
    }

    private static List<LayoutLine> lines(List<Block> region, String source) {
        List<LayoutLine> lines = new ArrayList<>();
        for (Block block : region) {
            if (block instanceof Table table) {
                for (Row row : table.rows()) lines.add(LayoutLine.of(row, source));
            } else {
                lines.add(LayoutLine.of((TextLine) block, source));
            }
        }
        return lines;
    }

    private static boolean isSpaced(Block block) {
        return block instanceof Table table && table.rows().stream().allMatch(r -> r.form() == RowForm.SPACED);
    }

    /** A line that can stand in a table: no sentence, no section heading, no long run of text. */
    private static boolean isTableText(TextLine line, String source) {
        if (line.text().contains("。") || SectionFinder.heading(line, source) != null) return false;
        return LayoutField.split(source, line.range(), line.line()).stream().allMatch(f -> f.text().length() <= MAX_FIELD_LENGTH);
    }
}

package gkreport.recognize;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.Section;
import gkreport.model.Table2Spec;
import gkreport.model.UnreadableTable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Where a table stands in a text that no table could be read from: its caption, header or row
 * labels written as lines or cells of their own (a conversion that lost the grid), or an image
 * where the table belongs. Words that only tables hold are looked for, in short lines and cells,
 * never in prose.
 */
final class TableEvidence {
    private static final int MAX_LENGTH = 60;
    private static final List<String> TABLE3 = List.of("本年新收政府信息公开申请数量", "勾稽关系为", "上年结转政府信息公开申请数量",
            "结转下年度继续办理", "本年度办理结果");
    private static final List<String> TABLE4 = List.of("未经复议直接起诉", "复议后起诉", "尚未审结");
    /** An image on a line of its own, as Markdown (and an import) writes it. */
    private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");

    private TableEvidence() {
    }

    /**
     * Table 二, 三 or 四 (2, 3, 4) as it shows in a text no table could be read from: its words, or
     * else an image in the section that should hold it (a web page's table published as a
     * picture); null when it shows nowhere.
     */
    static UnreadableTable unread(int table, List<Block> blocks, List<Section> sections) {
        String name = "表" + ChineseNumerals.of(table);
        TextRange words = of(table, blocks);
        if (words != null) return new UnreadableTable(name, words, UnreadableTable.Why.NO_GRID, 0, 0);
        for (Section section : sections) {
            if (section.heading().spec().number() != table) continue;
            for (Block block : section.body()) {
                if (block instanceof TextLine line && IMAGE.matcher(line.text().strip()).matches()) {
                    return new UnreadableTable(name, line.range(), UnreadableTable.Why.IMAGE, 0, 0);
                }
            }
        }
        return null;
    }

    /** The first place table 二, 三 or 四 (2, 3, 4) shows in the text, or null. */
    static TextRange of(int table, List<Block> blocks) {
        for (Block block : blocks) {
            if (block instanceof TextLine line && names(table, line.text())) return line.range();
            if (block instanceof Table t) {
                for (var row : t.rows()) {
                    for (Cell cell : row.cells()) {
                        if (names(table, cell.text())) return row.range();
                    }
                }
            }
        }
        return null;
    }

    /** Whether the text names the table; its length is counted without the spaces around it, which formatting drops. */
    private static boolean names(int table, String text) {
        if (text.strip().length() > MAX_LENGTH || text.contains("。")) return false;
        return switch (table) {
            case 2 -> Table2Spec.CAPTION.matcher(Labels.normalize(text)).find();
            case 3 -> containsAny(Labels.normalize(text), TABLE3);
            case 4 -> containsAny(Labels.normalize(text), TABLE4);
            default -> false;
        };
    }

    private static boolean containsAny(String text, List<String> words) {
        return words.stream().anyMatch(text::contains);
    }
}

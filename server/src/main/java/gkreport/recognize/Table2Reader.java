package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataRow;
import gkreport.model.Labels;
import gkreport.model.RowSpec;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.model.TemplateMark;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads table 二: its blocks, each opened by a caption 「第二十条第（X）项」, a header row starting
 * with 「信息内容」, then data rows matched to the format's rows by label.
 */
final class Table2Reader {
    static final String TABLE = "表二";
    private static final double MATCH = 0.75;

    private Table2Reader() {
    }

    static boolean isCaption(Row row) {
        return captionMatcher(row) != null;
    }

    static Table2 read(Table table, TemplateVersion version) {
        List<Table2.Block> blocks = new ArrayList<>();
        List<DataRow> unknown = new ArrayList<>();
        Row caption = null;
        String item = null;
        List<DataRow> rows = new ArrayList<>();
        for (Row row : table.rows()) {
            if (row.isSeparator() || row.cells().stream().allMatch(Cell::isBlank)) continue;
            Matcher m = captionMatcher(row);
            if (m != null) {
                if (caption != null) blocks.add(block(version, caption, item, rows));
                caption = row;
                item = m.group(1);
                rows = new ArrayList<>();
                continue;
            }
            RowCells cells = RowCells.split(row);
            if (Labels.normalize(cells.labelText()).startsWith("信息内容")) continue;
            Table2Spec.BlockSpec block = caption == null ? null : spec(version, item);
            RowSpec rowSpec = block == null ? null : matchRow(cells.labelText(), block);
            if (rowSpec == null) {
                unknown.add(dataRow(row, cells, null, List.of()));
            } else {
                rows.add(dataRow(row, cells, rowSpec, block.columns()));
            }
        }
        if (caption != null) blocks.add(block(version, caption, item, rows));
        return new Table2(table, blocks, unknown);
    }

    private static Table2.Block block(TemplateVersion version, Row caption, String item, List<DataRow> rows) {
        return new Table2.Block(spec(version, item), caption, item, rows);
    }

    private static DataRow dataRow(Row row, RowCells cells, RowSpec spec, List<String> columns) {
        TextRange labelRange = cells.labelRange(row);
        RowCells.Aligned aligned = cells.align(columns.size());
        String display = spec == null ? cells.labelText() : spec.displayLabel();
        return new DataRow(spec, row, cells.labelText(), labelRange, false,
                aligned.toDataCells(TABLE, display, columns, labelRange), aligned.extra());
    }

    /** The format's row the written label stands for, or null. */
    private static RowSpec matchRow(String label, Table2Spec.BlockSpec block) {
        RowSpec best = null;
        double bestScore = MATCH;
        for (RowSpec candidate : block.rowSpecs()) {
            double score = Labels.similarity(label, candidate.label());
            if (score >= bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    private static Table2Spec.BlockSpec spec(TemplateVersion version, String item) {
        return Table2Spec.blocks(version).stream().filter(b -> b.item().equals(item)).findFirst().orElse(null);
    }

    private static Matcher captionMatcher(Row row) {
        for (Cell c : row.cells()) {
            if (c.text().indexOf('条') < 0 || c.text().indexOf('项') < 0) continue; // most cells are numbers
            Matcher m = Table2Spec.CAPTION.matcher(Labels.withoutSpaces(c.text())); // 「第二十条 第（一）项」
            if (m.find()) return m;
        }
        return null;
    }

    private static final List<String> MARKS_2021 = Table2Spec.MARKS_2021.stream().map(Labels::normalize).toList();
    private static final List<String> MARKS_2019 = Table2Spec.MARKS_2019.stream().map(Labels::normalize).toList();

    /** Labels that only one format has, with where they stand. */
    static void collectMarks(Table table, List<TemplateMark> marks) {
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                if (!Labels.hasHan(cell.text())) continue; // numbers and blanks name no format
                String n = Labels.normalize(cell.text());
                TemplateVersion v = markOf(n);
                if (v != null) marks.add(new TemplateMark(v, "表二", cell.text(), cell.range()));
            }
        }
    }

    static TemplateVersion markOf(String normalized) {
        if (normalized.equals("规范性文件")) return TemplateVersion.V2019;
        if (normalized.equals("行政规范性文件")) return TemplateVersion.V2021;
        for (String mark : MARKS_2021) if (normalized.contains(mark)) return TemplateVersion.V2021;
        for (String mark : MARKS_2019) if (normalized.contains(mark)) return TemplateVersion.V2019;
        return null;
    }
}

package gkreport.importer;

import gkreport.grammar.ChineseNumerals;
import gkreport.model.RowSpec;
import gkreport.model.SectionSpec;
import gkreport.model.Table2Spec;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A blank report for a year, in the format that year requires (2019 format up to the 2020 report,
 * 2021 format from then on): the title, the usual opening, the six sections with their standard
 * headings, and tables 二, 三 and 四 laid out as in the national template, every number cell empty.
 */
public final class BlankReport {
    private static final String PROSE = "（文字描述）";
    private static final String T3_NOTE = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）";
    /** Table 三's label columns: group, subgroup, item. */
    private static final int T3_LABEL_COLUMNS = 3;

    private BlankReport() {
    }

    public static ImportedDocument of(int year, String agency) {
        TemplateVersion version = TemplateVersion.requiredFor(year);
        List<ImportedDocument.Block> blocks = new ArrayList<>();
        String name = agency == null ? "" : agency.strip();
        paragraph(blocks, name + year + "年政府信息公开工作年度报告");
        paragraph(blocks, "本报告依据《中华人民共和国政府信息公开条例》（以下简称《条例》）编制。本报告中所列数据的统计期限自"
                + year + "年1月1日起至" + year + "年12月31日止。");
        for (SectionSpec section : SectionSpec.ALL) {
            paragraph(blocks, ChineseNumerals.of(section.number()) + "、" + section.title());
            switch (section.number()) {
                case 2 -> blocks.add(table2(version));
                case 3 -> blocks.add(table3(version));
                case 4 -> blocks.add(table4());
                default -> paragraph(blocks, PROSE);
            }
        }
        return new ImportedDocument(blocks);
    }

    private static void paragraph(List<ImportedDocument.Block> blocks, String text) {
        blocks.add(new ImportedDocument.Paragraph(text));
    }

    /** Table 二: per block, its caption, a header 「信息内容 | columns」, and its rows, as wide as the widest block. */
    private static ImportedDocument.Grid table2(TemplateVersion version) {
        List<Table2Spec.BlockSpec> blocks = Table2Spec.blocks(version);
        int width = 1 + blocks.stream().mapToInt(b -> b.columns().size()).max().orElse(1);
        List<List<String>> rows = new ArrayList<>();
        for (Table2Spec.BlockSpec block : blocks) {
            rows.add(row(width, block.caption()));
            List<String> header = new ArrayList<>(List.of("信息内容"));
            header.addAll(block.columns());
            rows.add(row(width, header.toArray(String[]::new)));
            for (String label : block.rows()) rows.add(row(width, label));
        }
        return new ImportedDocument.Grid(rows);
    }

    /** Table 三: the template's three header rows, then each row with its group labels written once. */
    private static ImportedDocument.Grid table3(TemplateVersion version) {
        int width = T3_LABEL_COLUMNS + Table3Spec.COLUMNS.size();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(width, T3_NOTE, "", "", "申请人情况"));
        rows.add(row(width, "", "", "", "自然人", "法人或其他组织", "", "", "", "", "总计"));
        List<String> legal = Table3Spec.COLUMNS.subList(1, Table3Spec.COLUMNS.size() - 1);
        List<String> third = new ArrayList<>(List.of("", "", "", ""));
        third.addAll(legal);
        rows.add(row(width, third.toArray(String[]::new)));
        String lastGroup = null;
        String lastSubgroup = null;
        for (RowSpec spec : Table3Spec.rows(version)) {
            String[] labels = labels(spec);
            String group = labels[0];
            String subgroup = labels[1];
            List<String> cells = new ArrayList<>();
            cells.add(group != null && group.equals(lastGroup) ? "" : nullToEmpty(group));
            cells.add(subgroup != null && subgroup.equals(lastSubgroup) ? "" : nullToEmpty(subgroup));
            cells.add(nullToEmpty(labels[2]));
            lastGroup = group;
            lastSubgroup = subgroup;
            rows.add(row(width, cells.toArray(String[]::new)));
        }
        return new ImportedDocument.Grid(rows);
    }

    /**
     * A row's label cells: R1 「一、…」 alone; R3.1 「三、本年度办理结果」「（一）予以公开」;
     * R3.3.1 「三、…」「（三）不予公开」「1.属于国家秘密」.
     */
    private static String[] labels(RowSpec spec) {
        String results = "三、本年度办理结果";
        if (spec.group() == null) return new String[] {spec.label(), null, null};
        if (spec.group().equals(results)) return new String[] {results, spec.label(), null};
        return new String[] {results, spec.group(), spec.label()};
    }

    /** Table 四: the template's three header rows and one empty data row of 15 cells. */
    private static ImportedDocument.Grid table4() {
        int width = Table4Spec.CELLS;
        List<List<String>> rows = new ArrayList<>();
        rows.add(row(width, "行政复议", "", "", "", "", "行政诉讼"));
        List<String> second = new ArrayList<>(Table4Spec.BLOCK_COLUMNS);
        second.add("未经复议直接起诉");
        second.addAll(Collections.nCopies(4, ""));
        second.add("复议后起诉");
        rows.add(row(width, second.toArray(String[]::new)));
        List<String> third = new ArrayList<>(Collections.nCopies(5, ""));
        third.addAll(Table4Spec.BLOCK_COLUMNS);
        third.addAll(Table4Spec.BLOCK_COLUMNS);
        rows.add(row(width, third.toArray(String[]::new)));
        rows.add(row(width));
        return new ImportedDocument.Grid(rows);
    }

    /** A row of the given width: these cells, then empty ones. */
    private static List<String> row(int width, String... cells) {
        List<String> row = new ArrayList<>(List.of(cells));
        while (row.size() < width) row.add("");
        return row;
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}

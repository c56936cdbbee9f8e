package gkreport.model;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** Table 二 (主动公开政府信息情况): its blocks in each format. */
public final class Table2Spec {
    /**
     * A block of table 二, opened by a caption row 「第二十条第（X）项」.
     *
     * @param item    the item of 条例 Art. 20: 「一」「五」「六」「八」「九」
     * @param columns the column labels after 「信息内容」
     * @param rows    the row labels
     * @param money   index of a column holding an amount of money, or -1
     * @param signed  index of a column holding a signed change (本年增/减), or -1
     */
    public record BlockSpec(String item, List<String> columns, List<String> rows, int money, int signed) {
        public String caption() {
            return Table2Spec.caption(item);
        }

        /** The rows as row specs: key 「T2.五.1」, group the caption. */
        public List<RowSpec> rowSpecs() {
            return IntStream.range(0, rows.size())
                    .mapToObj(i -> new RowSpec("T2." + item + "." + (i + 1), rows.get(i), caption()))
                    .toList();
        }
    }

    private static final List<BlockSpec> BLOCKS_2019 = List.of(
            new BlockSpec("一", List.of("本年新制作数量", "本年新公开数量", "对外公开总数量"), List.of("规章", "规范性文件"), -1, -1),
            new BlockSpec("五", List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of("行政许可", "其他对外管理服务事项"), -1, 1),
            new BlockSpec("六", List.of("上一年项目数量", "本年增/减", "处理决定数量"), List.of("行政处罚", "行政强制"), -1, 1),
            new BlockSpec("八", List.of("上一年项目数量", "本年增/减"), List.of("行政事业性收费"), -1, 1),
            new BlockSpec("九", List.of("采购项目数量", "采购总金额"), List.of("政府集中采购"), 1, -1));

    private static final List<BlockSpec> BLOCKS_2021 = List.of(
            new BlockSpec("一", List.of("本年制发件数", "本年废止件数", "现行有效件数"), List.of("规章", "行政规范性文件"), -1, -1),
            new BlockSpec("五", List.of("本年处理决定数量"), List.of("行政许可"), -1, -1),
            new BlockSpec("六", List.of("本年处理决定数量"), List.of("行政处罚", "行政强制"), -1, -1),
            new BlockSpec("八", List.of("本年收费金额（单位：万元）"), List.of("行政事业性收费"), 0, -1));

    /** Labels found only in the 2019 format's table 二. */
    public static final List<String> MARKS_2019 = List.of("本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量",
            "本年增/减", "其他对外管理服务事项", "采购项目数量", "采购总金额", "政府集中采购", "第二十条第（九）项");
    /** Labels found only in the 2021 format's table 二. */
    public static final List<String> MARKS_2021 = List.of("本年制发件数", "本年废止件数", "现行有效件数", "行政规范性文件",
            "本年处理决定数量", "本年收费金额");

    private Table2Spec() {
    }

    /**
     * A block's caption as reports write it, 「第二十条第（一）项」, with full-width or ASCII brackets;
     * group 1 is the item's numeral. Spaces inside (「第二十条 第（一）项」) are the caller's to remove.
     */
    public static final Pattern CAPTION = Pattern.compile("第二十条第[（(]([一二三四五六七八九十]+)[）)]项");

    /** The caption of the block of this item of 条例 Art. 20: 「第二十条第（五）项」. */
    public static String caption(String item) {
        return "第二十条第（" + item + "）项";
    }

    public static List<BlockSpec> blocks(TemplateVersion version) {
        return version == TemplateVersion.V2021 ? BLOCKS_2021 : BLOCKS_2019;
    }
}

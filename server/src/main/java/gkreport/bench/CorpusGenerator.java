package gkreport.bench;

import gkreport.grammar.InlineReader;
import gkreport.grammar.syntax.RowForm;
import gkreport.model.RowSpec;
import gkreport.model.SectionSpec;
import gkreport.model.Table2Spec;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generates realistic reports for benchmarks and property tests: both formats, all three table
 * forms, numbers that satisfy every relation, and a known share of injected defects.
 */
public final class CorpusGenerator {
    private static final String[] PLACES = {"青山", "河东", "临江", "平安", "东湖", "石桥", "南岭", "北川", "兴隆", "永宁"};
    private static final String[] BODIES = {"乡人民政府", "镇人民政府", "街道办事处", "县人民政府", "区人民政府", "市人民政府",
        "县发展和改革局", "市生态环境局", "县教育局", "区司法局"};
    private static final String[] DEFECTS = {"sum-relation", "section-number", "missing-cells", "row-missing"};
    private static final RowForm[] FORMS = {RowForm.CELL_PER_LINE, RowForm.PIPE, RowForm.TAB};

    private final Random random;
    private final double defectShare;

    public CorpusGenerator(long seed, double defectShare) {
        this.random = new Random(seed);
        this.defectShare = defectShare;
    }

    public GeneratedReport next() {
        int year = 2019 + random.nextInt(7);
        TemplateVersion version = TemplateVersion.requiredFor(year);
        RowForm form = FORMS[random.nextInt(FORMS.length)];
        String defect = random.nextDouble() < defectShare ? DEFECTS[random.nextInt(DEFECTS.length)] : null;
        String agency = PLACES[random.nextInt(PLACES.length)] + BODIES[random.nextInt(BODIES.length)];
        ReportWriter w = new ReportWriter(form);
        w.line(agency + year + "年政府信息公开工作年度报告").line("");
        heading(w, 1, defect);
        prose(w, year, agency);
        heading(w, 2, defect);
        table2(w, version, agency.endsWith("市人民政府"));
        heading(w, 3, defect);
        table3(w, version, defect);
        heading(w, 4, defect);
        table4(w);
        heading(w, 5, defect);
        w.line("（一）存在的主要问题").line("一是公开内容的深度和广度还需拓展；二是政策解读形式还需丰富。");
        w.line("（二）改进措施").line((year + 1) + "年，将进一步加强培训，提升工作人员业务水平。");
        heading(w, 6, defect);
        w.line("本年度未收取信息处理费。").line("").line(agency).line((year + 1) + "年1月" + (10 + random.nextInt(20)) + "日");
        return new GeneratedReport(w.toString(), defect);
    }

    private void heading(ReportWriter w, int section, String defect) {
        String numeral = "section-number".equals(defect) && section == 4 ? "4、" : InlineReader.chineseNumber(section) + "、";
        w.line(numeral + SectionSpec.number(section).title());
    }

    private void prose(ReportWriter w, int year, String agency) {
        w.line(year + "年，" + agency + "深入贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。");
        int paragraphs = 2 + random.nextInt(4);
        for (int i = 1; i <= paragraphs; i++) {
            w.line("（" + InlineReader.chineseNumber(i) + "）主动公开情况。全年主动公开政府信息" + random.nextInt(500)
                    + "条，及时更新政府网站信息公开专栏，确保信息发布准确及时。");
        }
    }

    /** Only governments of cities with districts and above make 规章; everyone else reports none. */
    private void table2(ReportWriter w, TemplateVersion version, boolean makesRegulations) {
        for (Table2Spec.BlockSpec block : Table2Spec.blocks(version)) {
            w.row(List.of(block.caption()));
            List<String> header = new ArrayList<>(List.of("信息内容"));
            header.addAll(block.columns());
            w.row(header);
            for (String label : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(label));
                for (int c = 0; c < block.columns().size(); c++) {
                    if (label.equals("规章") && !makesRegulations) cells.add("0");
                    else if (version == TemplateVersion.V2021 && block.item().equals("一") && c == 2) {
                        // 现行有效件数 holds at least what was issued this year and not repealed
                        cells.add(String.valueOf(Integer.parseInt(cells.get(1)) + random.nextInt(30)));
                    }
                    else if (c == block.signed()) cells.add((random.nextBoolean() ? "+" : "-") + random.nextInt(20));
                    else if (c == block.money()) cells.add(random.nextInt(500) + "." + random.nextInt(10));
                    else cells.add(String.valueOf(random.nextInt(30)));
                }
                w.row(cells);
            }
        }
        w.endTable();
    }

    /** Numbers that satisfy every relation: outcomes sum to （七）, and 一+二 = （七）+四 in each column. */
    private void table3(ReportWriter w, TemplateVersion version, String defect) {
        List<RowSpec> outcomes = Table3Spec.outcomeRows(version);
        int people = Table3Spec.TOTAL_COLUMN;
        int[][] outcome = new int[outcomes.size()][people];
        int[] total = new int[people];
        int[] carriedOver = new int[people];
        int[] carriedForward = new int[people];
        int[] received = new int[people];
        for (int c = 0; c < people; c++) {
            for (int r = 0; r < outcomes.size(); r++) {
                outcome[r][c] = random.nextInt(4) == 0 ? random.nextInt(6) : 0;
                total[c] += outcome[r][c];
            }
            carriedForward[c] = random.nextInt(3);
            carriedOver[c] = random.nextInt(Math.max(1, total[c] + carriedForward[c] + 1));
            received[c] = total[c] + carriedForward[c] - carriedOver[c];
        }
        w.row(List.of("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"));
        w.row(List.of("", "自然人", "法人或其他组织", "总计"));
        w.row(List.of("", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""));
        int dataRow = 0;
        int target = random.nextInt(outcomes.size());
        for (RowSpec spec : Table3Spec.rows(version)) {
            int[] values = switch (spec.key()) {
                case Table3Spec.R1 -> received;
                case Table3Spec.R2 -> carriedOver;
                case Table3Spec.R3_TOTAL -> total;
                case Table3Spec.R4 -> carriedForward;
                default -> outcome[dataRow++];
            };
            boolean isTarget = spec.key().startsWith("R3.") && dataRow - 1 == target && !spec.key().equals(Table3Spec.R3_TOTAL);
            if ("row-missing".equals(defect) && isTarget) continue;
            List<String> cells = new ArrayList<>();
            if (spec.group() != null && !spec.group().startsWith("三、")) cells.add(spec.group());
            cells.add(spec.label());
            int sum = 0;
            for (int v : values) sum += v;
            for (int c = 0; c < people; c++) cells.add(String.valueOf(values[c]));
            cells.add(String.valueOf(sum));
            if (isTarget && "sum-relation".equals(defect)) cells.set(cells.size() - 1, String.valueOf(sum + 1));
            if (isTarget && "missing-cells".equals(defect)) cells.set(cells.size() - 2, "");
            w.row(cells);
        }
        w.endTable();
    }

    private void table4(ReportWriter w) {
        List<String> values = new ArrayList<>();
        for (int block = 0; block < Table4Spec.BLOCKS.size(); block++) {
            int sum = 0;
            for (int c = 0; c < Table4Spec.TOTAL_IN_BLOCK; c++) {
                int v = random.nextInt(5) == 0 ? random.nextInt(3) : 0;
                sum += v;
                values.add(String.valueOf(v));
            }
            values.add(String.valueOf(sum));
        }
        w.row(List.of("行政复议", "行政诉讼"));
        w.row(List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"));
        List<String> twice = new ArrayList<>();
        for (int i = 0; i < 2; i++) twice.addAll(Table4Spec.BLOCK_COLUMNS);
        w.row(twice);
        w.row(values);
        w.endTable();
    }
}

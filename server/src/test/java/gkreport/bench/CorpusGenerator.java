package gkreport.bench;

import gkreport.grammar.ChineseNumerals;
import gkreport.grammar.syntax.RowForm;
import gkreport.model.RowSpec;
import gkreport.model.SectionSpec;
import gkreport.model.Table2Spec;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Generates realistic reports for benchmarks and property tests: both formats, all three table
 * forms, numbers that satisfy every relation, and a known share of injected defects.
 *
 * <p>Reports come in series, as an agency publishes them: consecutive years of one agency one after
 * the other, each agency's name its own. A series carries its numbers over from year to year (this
 * year's 上年结转 is last year's 结转下年度; in the 2021 format, 现行有效件数 follows last year's) and
 * words its prose differently each year, so that checking a series together gives no cross-year
 * finding either.
 */
public final class CorpusGenerator {
    private static final int FIRST_YEAR = 2019;
    private static final int LAST_YEAR = 2025;
    private static final String[] PLACES = {"青山", "河东", "临江", "平安", "东湖", "石桥", "南岭", "北川", "兴隆", "永宁"};
    /** Characters that end the place names; none of them is in {@link #PLACES}, so no name doubles a word. */
    private static final String PLACE_ENDINGS = "和丰泰康乐福寿荣华昌盛新长宝金水龙凤白云红星光明朝阳柏林松竹梅兰菊杏桃李樱枫杨柳";
    private static final String[] BODIES = {"乡人民政府", "镇人民政府", "街道办事处", "县人民政府", "区人民政府", "市人民政府",
        "县发展和改革局", "市生态环境局", "县教育局", "区司法局"};
    /** Ten ways to tell the year's work; a year takes five of them and the next year the other five. */
    private static final String[] WORK = {
        "主动公开情况。全年主动公开政府信息%d条，及时更新政府网站信息公开专栏，确保信息发布准确及时。",
        "依申请公开情况。畅通申请渠道，规范受理、审查、答复流程，全年接待群众咨询%d人次。",
        "政府信息管理情况。健全信息发布审查机制，清理历史文件%d件，做到应公开尽公开。",
        "平台建设情况。优化门户网站栏目设置，新增专题栏目%d个，提升检索和查阅的便利性。",
        "监督保障情况。将政务公开纳入年度绩效考核，开展业务培训%d次，强化责任落实。",
        "政策解读情况。坚持解读与文件同步起草、同步审签、同步发布，发布图解、视频等解读材料%d篇。",
        "回应关切情况。围绕群众关注的民生事项及时发声，回应社会关切%d次，主动引导社会预期。",
        "重点领域信息公开情况。聚焦财政预决算、重大建设项目等重点领域，公开专项信息%d条。",
        "公开载体建设情况。利用政务新媒体、公开栏等多种载体发布信息%d条，扩大信息覆盖面。",
        "基层政务公开标准化情况。梳理完善公开事项标准目录，编制事项清单%d项，推进公开规范化。"};
    private static final String[] DEFECTS = {"sum-relation", "section-number", "missing-cells", "row-missing"};
    private static final RowForm[] FORMS = {RowForm.CELL_PER_LINE, RowForm.PIPE, RowForm.TAB};

    private final Random random;
    private final double defectShare;
    private int seriesCount;
    private Series series;

    public CorpusGenerator(long seed, double defectShare) {
        this.random = new Random(seed);
        this.defectShare = defectShare;
    }

    /** One agency's run of consecutive years, and what its last report said that the next one carries on. */
    private static final class Series {
        final String agency;
        int year;
        final int lastYear;
        int[] carriedForward;
        final Map<String, Integer> inForce = new HashMap<>();

        Series(String agency, int year, int lastYear) {
            this.agency = agency;
            this.year = year;
            this.lastYear = lastYear;
        }
    }

    public GeneratedReport next() {
        if (series == null || series.year > series.lastYear) series = newSeries();
        int year = series.year++;
        TemplateVersion version = TemplateVersion.requiredFor(year);
        RowForm form = FORMS[random.nextInt(FORMS.length)];
        String defect = random.nextDouble() < defectShare ? DEFECTS[random.nextInt(DEFECTS.length)] : null;
        String agency = series.agency;
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

    /** A new agency, named after how many came before it, reporting on one to seven consecutive years. */
    private Series newSeries() {
        int n = seriesCount++;
        int endings = PLACE_ENDINGS.length();
        int second = n / PLACES.length % endings;
        int third = (second + 1 + n / PLACES.length / endings % (endings - 1)) % endings;
        String agency = PLACES[n % PLACES.length] + PLACE_ENDINGS.charAt(second) + PLACE_ENDINGS.charAt(third)
                + BODIES[random.nextInt(BODIES.length)];
        int first = FIRST_YEAR + random.nextInt(LAST_YEAR - FIRST_YEAR + 1);
        return new Series(agency, first, first + random.nextInt(LAST_YEAR - first + 1));
    }

    private void heading(ReportWriter w, int section, String defect) {
        String numeral = "section-number".equals(defect) && section == 4 ? "4、" : ChineseNumerals.of(section) + "、";
        w.line(numeral + SectionSpec.number(section).title());
    }

    private void prose(ReportWriter w, int year, String agency) {
        w.line(year + "年，" + agency + "深入贯彻落实《中华人民共和国政府信息公开条例》，全面推进政务公开工作。");
        int paragraphs = 2 + random.nextInt(4);
        for (int i = 1; i <= paragraphs; i++) {
            String work = WORK[(year % 2 * 5 + i - 1) % WORK.length];
            w.line("（" + ChineseNumerals.of(i) + "）" + String.format(work, random.nextInt(500)));
        }
    }

    /**
     * Only governments of cities with districts and above make 规章; everyone else reports none. In
     * the 2021 format, 现行有效件数 is last year's plus what was issued less what was repealed.
     */
    private void table2(ReportWriter w, TemplateVersion version, boolean makesRegulations) {
        for (Table2Spec.BlockSpec block : Table2Spec.blocks(version)) {
            w.row(List.of(block.caption()));
            List<String> header = new ArrayList<>(List.of("信息内容"));
            header.addAll(block.columns());
            w.row(header);
            for (String label : block.rows()) {
                List<String> cells = new ArrayList<>(List.of(label));
                if (label.equals("规章") && !makesRegulations) {
                    block.columns().forEach(c -> cells.add("0"));
                    if (version == TemplateVersion.V2021) series.inForce.put(label, 0);
                } else if (version == TemplateVersion.V2021 && block.item().equals("一")) {
                    stock(label, cells);
                } else {
                    for (int c = 0; c < block.columns().size(); c++) {
                        if (c == block.signed()) cells.add((random.nextBoolean() ? "+" : "-") + random.nextInt(20));
                        else if (c == block.money()) cells.add(random.nextInt(500) + "." + random.nextInt(10));
                        else cells.add(String.valueOf(random.nextInt(30)));
                    }
                }
                w.row(cells);
            }
        }
        if (version == TemplateVersion.V2019) series.inForce.clear();
        w.endTable();
    }

    /** 本年制发, 本年废止 and 现行有效 of a 2021-format row, following last year's 现行有效 when there is one. */
    private void stock(String label, List<String> cells) {
        int issued = random.nextInt(30);
        Integer before = series.inForce.get(label);
        int repealed = before == null ? random.nextInt(30) : random.nextInt(before + issued + 1);
        int inForce = before == null ? issued + random.nextInt(30) : before + issued - repealed;
        series.inForce.put(label, inForce);
        cells.add(String.valueOf(issued));
        cells.add(String.valueOf(repealed));
        cells.add(String.valueOf(inForce));
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
            if (series.carriedForward == null) {
                carriedOver[c] = random.nextInt(Math.max(1, total[c] + carriedForward[c] + 1));
            } else {
                carriedOver[c] = series.carriedForward[c];
                carriedForward[c] = Math.max(carriedForward[c], carriedOver[c] - total[c]);
            }
            received[c] = total[c] + carriedForward[c] - carriedOver[c];
        }
        series.carriedForward = carriedForward;
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

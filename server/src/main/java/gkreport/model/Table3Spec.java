package gkreport.model;

import java.util.ArrayList;
import java.util.List;

/** Table 三 (收到和处理政府信息公开申请情况): its columns and the rows of each format. */
public final class Table3Spec {
    public static final List<String> COLUMNS = List.of("自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计");
    public static final int TOTAL_COLUMN = 6;

    public static final String R1 = "R1";
    public static final String R2 = "R2";
    public static final String R3_TOTAL = "R3.7";
    public static final String R4 = "R4";

    /** The group cell of every outcome row R3.x. */
    public static final String RESULTS = "三、本年度办理结果";
    private static final String WITHHELD = "（三）不予公开";
    private static final String UNAVAILABLE = "（四）无法提供";
    private static final String NOT_PROCESSED = "（五）不予处理";
    private static final String OTHER = "（六）其他处理";

    private static final List<RowSpec> ROWS_2019 = rows(false);
    private static final List<RowSpec> ROWS_2021 = rows(true);

    private Table3Spec() {
    }

    public static List<RowSpec> rows(TemplateVersion version) {
        return version == TemplateVersion.V2021 ? ROWS_2021 : ROWS_2019;
    }

    /** Rows whose sum is 「（七）总计」: every outcome row R3.1 … R3.6.x. */
    public static List<RowSpec> outcomeRows(TemplateVersion version) {
        return rows(version).stream().filter(r -> r.key().startsWith("R3.") && !r.key().equals(R3_TOTAL)).toList();
    }

    private static List<RowSpec> rows(boolean v2021) {
        List<RowSpec> rows = new ArrayList<>();
        rows.add(new RowSpec(R1, "一、本年新收政府信息公开申请数量", null));
        rows.add(new RowSpec(R2, "二、上年结转政府信息公开申请数量", null));
        rows.add(new RowSpec("R3.1", "（一）予以公开", RESULTS));
        rows.add(new RowSpec("R3.2", "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", RESULTS));
        String[] withheld = {"属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
            "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项"};
        items(rows, "R3.3", WITHHELD, withheld);
        items(rows, "R3.4", UNAVAILABLE, new String[] {"本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确"});
        items(rows, "R3.5", NOT_PROCESSED, new String[] {"信访举报投诉类申请", "重复申请", "要求提供公开出版物",
            "无正当理由大量反复申请", "要求行政机关确认或重新出具已获取信息"});
        if (v2021) {
            items(rows, "R3.6", OTHER, new String[] {
                "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
                "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "其他"});
        } else {
            rows.add(new RowSpec("R3.6", OTHER, RESULTS));
        }
        rows.add(new RowSpec(R3_TOTAL, "（七）总计", RESULTS));
        rows.add(new RowSpec(R4, "四、结转下年度继续办理", null));
        return List.copyOf(rows);
    }

    private static void items(List<RowSpec> rows, String keyPrefix, String group, String[] labels) {
        for (int i = 0; i < labels.length; i++) {
            rows.add(new RowSpec(keyPrefix + "." + (i + 1), (i + 1) + "." + labels[i], group));
        }
    }
}

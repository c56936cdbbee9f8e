package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.TemplateVersion;
import gkreport.testkit.Check;
import gkreport.testkit.Samples;
import org.junit.jupiter.api.Test;

/**
 * Tables as web pages and PDFs come out: captions written without a separator, header cells
 * broken over lines, blank merged cells. The pieces are joined into one table and read.
 */
class BrokenTablesTest {
    private static final String TABLE2 = String.join("\n",
            "二、主动公开政府信息情况",
            "第二十条第（一）项",
            "信息内容\t本年制发件数\t本年废止件数\t现行有效件数",
            "规章\t0\t0\t0",
            "规范性文件\t8\t0\t18",
            "第二十条第（五）项",
            "信息内容\t本年处理决定数量",
            "行政许可\t0",
            "第二十条第（六）项",
            "信息内容\t本年处理决定数量",
            "行政处罚\t0",
            "行政强制\t0",
            "第二十条第（八）项",
            "信息内容\t本年收费金额（单位：万元）",
            "行政事业性收费\t0",
            "三、收到和处理政府信息公开申请情况",
            "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况",
            "自然人\t法人或其他组织\t总计",
            "商业",
            "企业\t科研",
            "机构\t社会公益组织\t法律服务机构\t其他",
            "一、本年新收政府信息公开申请数量\t26\t\t\t\t\t\t26",
            "二、上年结转政府信息公开申请数量\t0\t0\t0\t0\t0\t0\t0",
            "三、本年度办理结果\t（一）予以公开\t26\t0\t0\t0\t0\t0\t26",
            "（二）部分公开（区分处理的，只计这一情形，不计其他情形）\t0\t0\t0\t0\t0\t0\t0",
            "（三）不予公开\t1.属于国家秘密\t0\t0\t0\t0\t0\t0\t0",
            "2.其他法律行政法规禁止公开\t0\t0\t0\t0\t0\t0\t0",
            "3.危及“三安全一稳定”\t0\t0\t0\t0\t0\t0\t0",
            "4.保护第三方合法权益\t0\t0\t0\t0\t0\t0\t0",
            "5.属于三类内部事务信息\t0\t0\t0\t0\t0\t0\t0",
            "6.属于四类过程性信息\t0\t0\t0\t0\t0\t0\t0",
            "7.属于行政执法案卷\t0\t0\t0\t0\t0\t0\t0",
            "8.属于行政查询事项\t0\t0\t0\t0\t0\t0\t0",
            "（四）无法提供\t1.本机关不掌握相关政府信息\t0\t0\t0\t0\t0\t0\t0",
            "2.没有现成信息需要另行制作\t0\t0\t0\t0\t0\t0\t0",
            "3.补正后申请内容仍不明确\t0\t0\t0\t0\t0\t0\t0",
            "（五）不予处理\t1.信访举报投诉类申请\t0\t0\t0\t0\t0\t0\t0",
            "2.重复申请\t0\t0\t0\t0\t0\t0\t0",
            "3.要求提供公开出版物\t0\t0\t0\t0\t0\t0\t0",
            "4.无正当理由大量反复申请\t0\t0\t0\t0\t0\t0\t0",
            "5.要求行政机关确认或重新出具已获取信息\t0\t0\t0\t0\t0\t0\t0",
            "（六）其他处理\t1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请\t0\t0\t0\t0\t0\t0\t0",
            "3.其他\t0\t0\t0\t0\t0\t0\t0",
            "（七）总计\t26\t0\t0\t0\t0\t0\t26",
            "四、结转下年度继续办理\t0\t0\t0\t0\t0\t0\t0",
            "");

    @Test
    void captionsWithoutSeparatorsAndBrokenHeaderCellsAreJoinedIntoTheirTables() {
        Check check = Check.text("某局2023年政府信息公开工作年度报告\n" + TABLE2);
        var report = check.report();
        assertThat(report.template()).isEqualTo(TemplateVersion.V2021);
        assertThat(report.table2().blocks()).extracting(b -> b.item()).containsExactly("一", "五", "六", "八");
        assertThat(report.table2().unknownRows()).isEmpty();
        assertThat(report.table3().missingColumns()).isEmpty();
        assertThat(report.table3().row("R1").orElseThrow().cell(6).number()).isEqualByComparingTo("26");
        assertThat(check.findings("template-version")).extracting(check::message)
                .containsExactly("表格为2021年格式，但表二中的“规范性文件”是2019年格式的项目");
        assertThat(check.findings("missing-cells")).extracting(check::message)
                .containsExactly("表三“一、本年新收政府信息公开申请数量”行缺少5个数值：商业企业、科研机构、社会公益组织、法律服务机构、其他");
    }

    @Test
    void tablesDrawnAsOneGridArePartedWhereTable3AndTable4Begin() {
        String original = Samples.text("001");
        String oneGrid = original.replace("三、收到和处理政府信息公开申请情况\n", "").replace("四、政府信息公开行政复议、行政诉讼情况\n", "");
        Check check = Check.text(oneGrid);
        var report = check.report();
        assertThat(report.table2().blocks()).hasSize(5);
        assertThat(report.table3().rows()).filteredOn(r -> r.spec() != null).hasSize(23);
        assertThat(report.table4().data()).isNotNull();
        check.expectNone("table-missing").expectNone("unreadable-table").expectNone("unknown-row");
        Check separate = Check.text(original);
        assertThat(check.findings("sum-relation")).hasSameSizeAs(separate.findings("sum-relation"));
        assertThat(check.findings("missing-cells")).hasSameSizeAs(separate.findings("missing-cells"));
    }

    @Test
    void aHeaderBrokenOverImportedTablesIsReadWithoutTheirSeparatorRowsAndMergeMarks() {
        String imported = TABLE2.replace("（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）\t申请人情况\n",
                        "| （本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和） | 申请人情况 | << |\n| --- | --- | --- |\n")
                .replace("自然人\t法人或其他组织\t总计\n", "| 自然人 | 法人或其他组织 | 总计 |\n")
                .replace("企业\t科研\n", "| 企业 | 科研 | << | << |\n| --- | --- | --- | --- |\n")
                .replace("机构\t社会公益组织\t法律服务机构\t其他\n", "| 机构 | 社会公益组织 | 法律服务机构 | 其他 |\n");
        assertThat(imported).contains("| 企业 | 科研 | << | << |\n| --- |");
        Check check = Check.text("某局2023年政府信息公开工作年度报告\n" + imported);
        assertThat(check.report().table3().missingColumns()).isEmpty();
        check.expectNone("unreadable-table");
    }
}

package gkreport.rules.crossyear;

import static gkreport.testkit.Samples.replace;
import static gkreport.testkit.Samples.replaceLines;
import static gkreport.testkit.Samples.setCellPerLineRow;

import gkreport.testkit.Samples;

/**
 * The same township's reports on 2022 and 2023, made from sample 004 (2021 format, cell-per-line
 * tables): each file's own tables balance, and the 2023 prose is written anew.
 */
final class CrossYearFixtures {
    static final String R1 = "一、本年新收政府信息公开申请数量";
    static final String R2 = "二、上年结转政府信息公开申请数量";
    static final String R3_1 = "（一）予以公开";
    static final String R3_7 = "（七）总计";
    static final String R4 = "四、结转下年度继续办理";
    static final String NORMATIVE = "行政规范性文件";

    private CrossYearFixtures() {
    }

    /** 2022: one application received and carried forward; 5 行政规范性文件 in force. */
    static String lastYear() {
        String text = setCellPerLineRow(Samples.text("004"), NORMATIVE, "2", "0", "5");
        text = setCellPerLineRow(text, R1, "1", "0", "0", "0", "0", "0", "1");
        return setCellPerLineRow(text, R4, "1", "0", "0", "0", "0", "0", "1");
    }

    /** 2022 as sample 004 has it: nothing carried forward. */
    static String lastYearWithNothingCarriedForward() {
        return setCellPerLineRow(Samples.text("004"), NORMATIVE, "2", "0", "5");
    }

    /** 2023: last year's application carried over and disclosed; one issued, one repealed, 5 in force. */
    static String thisYear() {
        String text = replace(lastYear(), "桦川县创业乡2022年", "桦川县创业乡2023年");
        text = setCellPerLineRow(text, NORMATIVE, "1", "1", "5");
        text = setCellPerLineRow(text, R1, "0", "0", "0", "0", "0", "0", "0");
        text = setCellPerLineRow(text, R2, "1", "0", "0", "0", "0", "0", "1");
        text = setCellPerLineRow(text, R3_1, "1", "0", "0", "0", "0", "0", "1");
        text = setCellPerLineRow(text, R3_7, "1", "0", "0", "0", "0", "0", "1");
        text = setCellPerLineRow(text, R4, "0", "0", "0", "0", "0", "0", "0");
        text = replaceLines(text, 410, 410, "2023年度创业乡未收取信息处理费，也未发生因政府信息公开引起的行政复议和行政诉讼。");
        text = replaceLines(text, 403, 408,
                "（一）存在问题",
                "村级信息更新不够及时，部分涉农补贴信息公开时间晚于发放时间。",
                "政策解读形式较为单一，以文字解读为主，图解和视频解读较少。",
                "（二）改进措施",
                "建立村级信息更新台账，每月核对一次各村公开栏内容，确保涉农补贴信息在发放前公开。",
                "争取县政务公开办指导，尝试制作图解和短视频，提高政策解读的可读性。");
        return replaceLines(text, 4, 10,
                "根据《中华人民共和国政府信息公开条例》，创业乡坚持以公开为常态、不公开为例外，认真做好政府信息公开工作。",
                "2023年，创业乡调整了政务公开工作领导小组，由党委副书记分管，党政办公室一名工作人员专职负责信息发布。",
                "（一）完善制度，规范发布流程",
                "创业乡修订了信息发布审核办法，所有公开信息经分管领导审核后方可发布，全年未发生信息发布差错。",
                "（二）拓宽渠道，方便群众查阅",
                "创业乡在县政府网站、村务公开栏和微信工作群同步发布涉农补贴、低保救助、项目建设等群众关注的信息。");
    }
}

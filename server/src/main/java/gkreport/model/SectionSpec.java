package gkreport.model;

import java.util.List;

/**
 * One of the six sections, in the fixed order of both formats.
 *
 * @param number   1..6
 * @param title    the standard wording after the numeral
 * @param variants wordings the statute itself uses, accepted (reported as info at most)
 * @param keywords words a heading of this section always holds, for recognising garbled ones
 */
public record SectionSpec(int number, String title, List<String> variants, List<String> keywords) {
    public static final List<SectionSpec> ALL = List.of(
            new SectionSpec(1, "总体情况", List.of(), List.of("总体情况")),
            new SectionSpec(2, "主动公开政府信息情况", List.of(), List.of("主动公开")),
            new SectionSpec(3, "收到和处理政府信息公开申请情况", List.of(), List.of("收到和处理", "公开申请情况")),
            new SectionSpec(4, "政府信息公开行政复议、行政诉讼情况",
                    List.of("因政府信息公开工作被申请行政复议、提起行政诉讼情况", "政府信息公开行政复议和行政诉讼情况"),
                    List.of("复议", "诉讼")),
            new SectionSpec(5, "存在的主要问题及改进情况", List.of("政府信息公开工作存在的主要问题及改进情况"),
                    List.of("存在的主要问题", "改进情况")),
            new SectionSpec(6, "其他需要报告的事项", List.of(), List.of("其他需要报告")));

    public static SectionSpec number(int n) {
        return ALL.get(n - 1);
    }
}

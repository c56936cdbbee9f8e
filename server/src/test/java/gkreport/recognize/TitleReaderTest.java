package gkreport.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.Title;
import gkreport.testkit.Check;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Titles as real reports write them: on one line, broken over two, agency above or after the year;
 * a web page's side bar 「年度报告」 above the title is none.
 */
class TitleReaderTest {
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "七里乡人民政府2020年信息公开工作年度报告; 七里乡人民政府; 2020",
        "## 平等乡人民政府2020年政府信息公开工作年度报告; 平等乡人民政府; 2020",
        "长春市九台区沐石河街道办事处2020年\\n政府信息公开工作年度报告; 长春市九台区沐石河街道办事处; 2020",
        "洪泽区人民政府\\n2023 年政府信息公开工作年度报告; 洪泽区人民政府; 2023",
        "正文\\n2024 年上海市科委政府信息公开工作\\n年度报告; 上海市科委; 2024",
        "2025年上海市人民政府办公厅政府信息公开工作年度报告; 上海市人民政府办公厅; 2025",
        "年度报告\\n\\n# 七里乡人民政府2020年信息公开工作年度报告; 七里乡人民政府; 2020",
        "关于印发《某某县人民政府2023年政府信息公开工作年度报告》的通知; 某某县人民政府; 2023"})
    void titles(String lines, String agency, int year) {
        Title title = Check.text(lines.replace("\\n", "\n") + "\n一、总体情况\n").report().title();
        assertThat(title.agency()).isEqualTo(agency);
        assertThat(title.year()).isEqualTo(year);
    }

    @Test
    void anOpeningParagraphThatNamesTheReportIsNoTitle() {
        String opening = "根据《中华人民共和国政府信息公开条例》（以下简称《条例》）和《国务院办公厅政府信息与政务公开办公室关于印发"
                + "〈中华人民共和国政府信息公开工作年度报告格式〉的通知》要求，本机关编制了2023年政府信息公开工作年度报告。"
                + "本报告中所列数据的统计期限自2023年1月1日起至2023年12月31日止。";
        assertThat(Check.text(opening + "\n一、总体情况\n").report().title()).isNull();
        Title below = Check.text(opening + "\n某某县人民政府2023年政府信息公开工作年度报告\n一、总体情况\n").report().title();
        assertThat(below.agency()).isEqualTo("某某县人民政府");
        assertThat(below.year()).isEqualTo(2023);
    }
}

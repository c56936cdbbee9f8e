package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.importer.ImportedDocument.Grid;
import gkreport.importer.ImportedDocument.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;

class CanonicalWriterTest {
    @Test
    void writesTitleSectionsProseLinesAndTablesSeparatedByBlankLines() {
        String text = CanonicalWriter.write(new ImportedDocument(List.of(
                new Paragraph("　　某某局2024年政府信息公开工作年度报告　"),
                new Paragraph(""),
                new Paragraph("一、总体情况"),
                new Paragraph("（一）主动公开。\n全年公开信息。"),
                new Grid(List.of(List.of("信息内容", "本年制发件数"), List.of("规章", ""), List.of())))));
        assertThat(text).isEqualTo("""
                # 某某局2024年政府信息公开工作年度报告

                ## 一、总体情况

                （一）主动公开。

                全年公开信息。

                | 信息内容 | 本年制发件数 |
                | --- | --- |
                | 规章 | |
                """);
    }

    @Test
    void onlyAShortLineThatOpensASectionIsASectionHeading() {
        String text = CanonicalWriter.write(new ImportedDocument(List.of(
                new Paragraph("一、总体情况。本年度我局共公开信息十二条，较上年增加三条，全部通过门户网站发布。"),
                new Paragraph("六、其他需要报告的事项"))));
        assertThat(text.lines()).containsExactly("一、总体情况。本年度我局共公开信息十二条，较上年增加三条，全部通过门户网站发布。", "",
                "## 六、其他需要报告的事项");
    }

    @Test
    void cellTextIsOneLineWithoutPipesAndTypedMarksAndTabsAreDropped() {
        String text = CanonicalWriter.write(new ImportedDocument(List.of(
                new Paragraph("## 二、主动公开政府信息情况"),
                new Paragraph("甲\t乙"),
                new Grid(List.of(List.of(" 本年新\n制作数量 ", "a|b", "\u3000\u3000"))))));
        assertThat(text.lines()).containsExactly("## 二、主动公开政府信息情况", "", "甲 乙", "", "| 本年新 制作数量 | a¦b | |", "| --- | --- | --- |");
    }

    @Test
    void aTitleSplitOverTwoParagraphsIsOneHeading() {
        String text = CanonicalWriter.write(new ImportedDocument(List.of(
                new Paragraph("长春市九台区沐石河街道办事处2020年"), new Paragraph("政府信息公开工作年度报告"), new Paragraph("一、总体情况"))));
        assertThat(text.lines()).containsExactly("# 长春市九台区沐石河街道办事处2020年政府信息公开工作年度报告", "", "## 一、总体情况");
    }

    @Test
    void aHeadingThatOnlyNamesReportsIsNoTitle() {
        String text = CanonicalWriter.write(new ImportedDocument(List.of(
                new Paragraph("年度报告"), new Paragraph("七里乡人民政府2020年信息公开工作年度报告"))));
        assertThat(text.lines()).containsExactly("年度报告", "", "# 七里乡人民政府2020年信息公开工作年度报告");
    }

    @Test
    void anEmptyDocumentIsEmptyText() {
        assertThat(CanonicalWriter.write(new ImportedDocument(List.of(new Paragraph(" "), new Grid(List.of()))))).isEmpty();
    }
}

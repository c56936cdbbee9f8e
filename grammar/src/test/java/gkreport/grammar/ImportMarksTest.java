package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.PageMark;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import org.junit.jupiter.api.Test;

/** The marks an import writes into the canonical form: page marks and merged cells. */
class ImportMarksTest {
    @Test
    void pageMarksAreNoBlocksAndATableRunsOverThem() {
        String text = "<!-- 第1页 -->\n# 某区2023年政府信息公开工作年度报告\n| 规章 | 0 |\n\n<!-- 第2页 -->\n\n| 行政规范性文件 | 5 |\n正文\n";
        Document doc = ReportParser.parse(text);
        assertThat(doc.blocks()).hasSize(3);
        assertThat(doc.blocks().get(0)).isInstanceOf(TextLine.class);
        assertThat(((Table) doc.blocks().get(1)).rows()).hasSize(2);
        assertThat(doc.pageMarks()).extracting(PageMark::page).containsExactly(1, 2);
        assertThat(doc.pageMarks()).extracting(PageMark::line).containsExactly(0, 4);
        assertThat(doc.pageAt(text.indexOf("规章"))).isEqualTo(1);
        assertThat(doc.pageAt(text.indexOf("行政规范性文件"))).isEqualTo(2);
        assertThat(doc.pageAt(text.indexOf("正文"))).isEqualTo(2);
    }

    @Test
    void otherCommentLinesAreHiddenAndATextWithoutMarksHasNoPages() {
        Document doc = ReportParser.parse("<!-- page 3 -->\n<!-- 说明 -->\n第一行\n");
        assertThat(doc.blocks()).hasSize(1);
        assertThat(doc.pageMarks()).extracting(PageMark::page).containsExactly(3);
        Document plain = ReportParser.parse("第一行\n第二行 <!-- 第2页 -->\n");
        assertThat(plain.blocks()).hasSize(2);
        assertThat(plain.pageAt(5)).isZero();
    }
}

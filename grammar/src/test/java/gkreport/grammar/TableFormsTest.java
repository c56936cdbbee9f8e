package gkreport.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three table forms, alone and mixed, with exact cell ranges. */
class TableFormsTest {
    @Test
    void cellPerLineRowsAreSeparatedByBlankLinesAndCellsContinueOnUntabbedLines() {
        String text = "二、主动公开政府信息情况\n\t信息内容\n\t本年新\n制作数量\n\t对外公开总数量\n\n\t规章\n\t 0\n\t3\u00A0\n\n三、收到和处理政府信息公开申请情况\n";
        Document doc = ReportParser.parse(text);
        assertThat(doc.blocks()).hasSize(3);
        Table table = (Table) doc.blocks().get(1);
        assertThat(table.rows()).extracting(Row::form).containsOnly(RowForm.CELL_PER_LINE);
        assertThat(texts(table.rows().get(0))).containsExactly("信息内容", "本年新\n制作数量", "对外公开总数量");
        assertThat(texts(table.rows().get(1))).containsExactly("规章", "0", "3");
        Cell continued = table.rows().get(0).cells().get(1);
        assertThat(doc.source().slice(continued.range())).isEqualTo("本年新\n制作数量");
        Cell padded = table.rows().get(1).cells().get(1);
        assertThat(padded.range().start()).isEqualTo(text.indexOf(" 0") + 1);
    }

    @Test
    void fullWidthPipesAndWideSpacesReadAsTheirAsciiTwinsWithRangesOnTheOriginalText() {
        String wide = "｜\u3000规章\u3000｜\u00A012\u00A0｜3｜\n\u3000\u3000本机关坚持公开\n";
        String ascii = "|  规章  | 12 |3|\n  本机关坚持公开\n";
        Document w = ReportParser.parse(wide);
        Document a = ReportParser.parse(ascii);
        assertThat(w.blocks()).hasSameSizeAs(a.blocks()).hasSize(2);
        Row row = ((Table) w.blocks().get(0)).rows().get(0);
        assertThat(row.form()).isEqualTo(RowForm.PIPE);
        assertThat(texts(row)).containsExactly("规章", "12", "3").isEqualTo(texts(((Table) a.blocks().get(0)).rows().get(0)));
        assertThat(row.cells().get(1).range().start()).isEqualTo(wide.indexOf("12"));
        assertThat(w.source().slice(row.cells().get(0).range())).isEqualTo("规章");
        assertThat(((TextLine) w.blocks().get(1)).text().strip()).isEqualTo("本机关坚持公开");
    }

    @Test
    void aSectionHeadingRightAfterACellIsNotItsContinuation() {
        Document doc = ReportParser.parse("\t行政事业性收费\n\t0\n四、政府信息公开行政复议、行政诉讼情况\n");
        assertThat(doc.blocks()).hasSize(2);
        assertThat(doc.blocks().get(1)).isInstanceOf(TextLine.class);
        assertThat(texts(((Table) doc.blocks().get(0)).rows().get(0))).containsExactly("行政事业性收费", "0");
    }

    @Test
    void pipeRowsDropTheBlanksOutsideTheirOuterPipesAndKeepInnerBlankCells() {
        Document doc = ReportParser.parse("| 规章 | 0 |  | 3 |\n|---|---|---|---|\n行政许可 | 1 | 2 |\n");
        Table table = (Table) doc.blocks().get(0);
        assertThat(texts(table.rows().get(0))).containsExactly("规章", "0", "", "3");
        assertThat(table.rows().get(1).isSeparator()).isTrue();
        assertThat(texts(table.rows().get(2))).containsExactly("行政许可", "1", "2");
        assertThat(table.rows()).extracting(Row::form).containsOnly(RowForm.PIPE);
    }

    @Test
    void tabRowsKeepLeadingAndTrailingBlankCells() {
        Table table = (Table) ReportParser.parse("\t(一) 予以公开\t\t0\n第二十条第(一)项\t\t\t\n").blocks().get(0);
        assertThat(texts(table.rows().get(0))).containsExactly("", "(一) 予以公开", "", "0");
        assertThat(texts(table.rows().get(1))).containsExactly("第二十条第(一)项", "", "", "");
        assertThat(table.rows()).extracting(Row::form).containsOnly(RowForm.TAB);
    }

    @Test
    void oneDocumentMixesHeadingsProseAndEveryTableForm() {
        String text = "## 某县2020年政府信息公开工作年度报告\r\n一、总体情况\r\n正文。\r\n规章 | 0 | 0 | 0\r\n\r\n\t行政许可\r\n\t0\r\n\r\n"
                + "行政处罚\t0\t0\r\n**五、存在的主要问题及改进情况**";
        Document doc = ReportParser.parse(text);
        List<Block> blocks = doc.blocks();
        assertThat(blocks).hasSize(5);
        Table table = (Table) blocks.get(3);
        assertThat(table.rows()).extracting(Row::form).containsExactly(RowForm.PIPE, RowForm.CELL_PER_LINE, RowForm.TAB);
        TextLine title = (TextLine) blocks.get(0);
        assertThat(doc.source().slice(title.contentRange())).isEqualTo("某县2020年政府信息公开工作年度报告");
        TextLine last = (TextLine) blocks.get(4);
        assertThat(last.prefix().numeral().text()).isEqualTo("五、");
        assertThat(doc.source().slice(last.contentRange())).isEqualTo("存在的主要问题及改进情况");
        assertThat(doc.source().slice(last.range())).doesNotContain("\r");
    }

    @Test
    void rangesAreUtf16OffsetsEvenAfterSupplementaryCharacters() {
        String text = "𠀀𠀀说明\n规章 | 7 |\n";
        Document doc = ReportParser.parse(text);
        Cell seven = ((Table) doc.blocks().get(1)).rows().get(0).cells().get(1);
        assertThat(seven.range().start()).isEqualTo(text.indexOf('7'));
        assertThat(doc.source().utf16Column(seven.range().start())).isEqualTo(5);
        assertThat(doc.source().codePointColumn(doc.blocks().get(0).range().end())).isEqualTo(5);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}

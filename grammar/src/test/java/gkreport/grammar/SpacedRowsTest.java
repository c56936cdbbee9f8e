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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Space-aligned rows as {@code pdftotext -layout} writes them, with exact cell ranges; prose stays prose. */
class SpacedRowsTest {
    @Test
    void aLabelAndNumbersApartByGapsAreARowWithOneCellPerField() {
        String text = "规章               0          0       0\n";
        Row row = onlyRow(text);
        assertThat(row.form()).isEqualTo(RowForm.SPACED);
        assertThat(texts(row)).containsExactly("规章", "0", "0", "0");
        assertThat(row.cells()).extracting(Cell::range).containsExactly(
                new TextRange(0, 2), new TextRange(17, 18), new TextRange(28, 29), new TextRange(36, 37));
        assertThat(row.range()).isEqualTo(new TextRange(0, text.length() - 1));
    }

    @Test
    void aLongLabelWithSevenNumbersKeepsEveryFieldsRange() {
        String text = "一、本年新收政府信息公开申请数量                             21    0      0     0   0   0     21\n";
        Row row = onlyRow(text);
        assertThat(texts(row)).containsExactly("一、本年新收政府信息公开申请数量", "21", "0", "0", "0", "0", "0", "21");
        for (Cell cell : row.cells()) assertThat(text.substring(cell.range().start(), cell.range().end())).isEqualTo(cell.text());
        assertThat(row.cells().get(1).range().start()).isEqualTo(45);
        assertThat(row.cells().get(7).range()).isEqualTo(new TextRange(78, 80));
    }

    @Test
    void aLineOfNumbersAloneIsARow() {
        Row row = onlyRow("10    1      0   0    0   0    0   0   0    0   5   0     0   0   0\n");
        assertThat(row.cells()).hasSize(15);
        assertThat(row.cells().get(0).range()).isEqualTo(new TextRange(0, 2));
        assertThat(row.cells().get(14).text()).isEqualTo("0");
    }

    @Test
    void theLabelPartMaySplitIntoSeveralFields() {
        String text = "                  （四）无法提供   1.本机关不掌握相关政府信息   31    0\n"
                + "     法提供       2.没有现成信息需要另行制作    11        0\n";
        Table table = (Table) ReportParser.parse(text).blocks().get(0);
        assertThat(texts(table.rows().get(0))).containsExactly("（四）无法提供", "1.本机关不掌握相关政府信息", "31", "0");
        assertThat(texts(table.rows().get(1))).containsExactly("法提供", "2.没有现成信息需要另行制作", "11", "0");
        Cell group = table.rows().get(0).cells().get(0);
        assertThat(group.range().start()).isEqualTo(18);
    }

    @Test
    void signedAndDecimalNumbersEndARowAndSingleSpacesStayInsideAField() {
        Row row = onlyRow("行政事业性收费   4.无正当理由大量反复 申请   +3   7730.28\n");
        assertThat(texts(row)).containsExactly("行政事业性收费", "4.无正当理由大量反复 申请", "+3", "7730.28");
    }

    @Test
    void aFormFeedBeforeTheFirstFieldIsNotPartOfIt() {
        String text = "-3-\n\f                 3.补正后申请内容仍不明确         0    0\n";
        Document doc = ReportParser.parse(text);
        assertThat(doc.blocks().get(0)).isInstanceOf(TextLine.class);
        Row row = ((Table) doc.blocks().get(1)).rows().get(0);
        assertThat(row.cells().get(0).range().start()).isEqualTo(text.indexOf("3.补正"));
    }

    @Test
    void aHeadingOnANewPageKeepsItsNumeralAfterTheFormFeed() {
        String text = "\f     （三）政府信息管理情况。\n";
        TextLine line = (TextLine) ReportParser.parse(text).blocks().get(0);
        assertThat(line.prefix().numeral().text()).isEqualTo("（三）");
        assertThat(line.prefix().numeral().start()).isEqualTo(6);
        assertThat(text.substring(line.contentRange().start(), line.contentRange().end())).isEqualTo("政府信息管理情况。");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "泽区人民政府办公室联系（地址：淮安市洪泽区洪泽湖大道 90",
        "     2023 年 1 月 1 日",
        "                                           -3-",
        "      - 4 -",
        "    12",
        "       信息内容   本年制发件数    本年废止件数    现行有效件数",
        "结果   结果     其他   尚未",
        "号 ， 邮 编 ： 223100 ， 电 话 ： 0517-87222589 ， 电 子 邮 箱 ：",
        "府信息 5500 余条，全年新增公开市政府规章 1 件、市政府及市"})
    void proseDatesPageNumbersAndHeaderLinesAreNotRows(String line) {
        List<Block> blocks = ReportParser.parse(line + "\n").blocks();
        assertThat(blocks).singleElement().isInstanceOf(TextLine.class);
        assertThat(((TextLine) blocks.get(0)).text()).isEqualTo(line);
    }

    @Test
    void spacedRowsBetweenBlankLinesAreOneTableAndAHeadingEndsIt() {
        String text = "规章               0          0       0\n\n行政规范性文件          0          5       5\n三、收到和处理政府信息公开申请情况\n";
        List<Block> blocks = ReportParser.parse(text).blocks();
        assertThat(blocks).hasSize(2);
        assertThat(((Table) blocks.get(0)).rows()).extracting(Row::form).containsExactly(RowForm.SPACED, RowForm.SPACED);
    }

    @Test
    void otherFormsAreReadAsBeforeWhenTheirCellsHoldGaps() {
        Document doc = ReportParser.parse("规章  0 |  0   0 | 3\n行政许可   1\t2  3\n");
        Table table = (Table) doc.blocks().get(0);
        assertThat(table.rows().get(0).form()).isEqualTo(RowForm.PIPE);
        assertThat(texts(table.rows().get(0))).containsExactly("规章  0", "0   0", "3");
        assertThat(table.rows().get(1).form()).isEqualTo(RowForm.TAB);
        assertThat(texts(table.rows().get(1))).containsExactly("行政许可   1", "2  3");
    }

    @Test
    void aTikaCellContinuedOnALineWithGapsKeepsTheWholeLine() {
        Table table = (Table) ReportParser.parse("\t本年新\n制作  数量   3\n\n").blocks().get(0);
        assertThat(table.rows()).singleElement().extracting(Row::form).isEqualTo(RowForm.CELL_PER_LINE);
        assertThat(texts(table.rows().get(0))).containsExactly("本年新\n制作  数量   3");
    }

    private static Row onlyRow(String text) {
        List<Block> blocks = ReportParser.parse(text).blocks();
        assertThat(blocks).singleElement().isInstanceOf(Table.class);
        return ((Table) blocks.get(0)).rows().get(0);
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}

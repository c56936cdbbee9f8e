package gkreport.importer;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.io.UnreadableFileException;
import gkreport.testkit.Docx;
import java.math.BigInteger;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

class DocxImporterTest {
    @TempDir
    Path dir;

    @Test
    void automaticNumberingIsRenderedFromItsDefinitionsAndRestartsUnderEachHeading() throws UnreadableFileException {
        Docx d = new Docx();
        BigInteger list = d.numbering(Docx.CHINESE_OUTLINE);
        numbered(d.paragraph("总体情况"), list, 0);
        numbered(d.paragraph("组织领导"), list, 1);
        numbered(d.paragraph("平台建设"), list, 1);
        numbered(d.paragraph("属于国家秘密"), list, 2);
        numbered(d.paragraph("主动公开政府信息情况"), list, 0);
        numbered(d.paragraph("规章"), list, 1);
        d.paragraph("正文");
        numbered(d.paragraph("收到和处理政府信息公开申请情况"), list, 0);
        assertThat(read(d)).isEqualTo(List.of(
                "## 一、总体情况", "（一）组织领导", "（二）平台建设", "1.属于国家秘密",
                "## 二、主动公开政府信息情况", "（一）规章", "正文", "## 三、收到和处理政府信息公开申请情况"));
    }

    @Test
    void aListThatOverridesItsStartRestartsThere() throws UnreadableFileException {
        Docx d = new Docx();
        BigInteger first = d.numbering(Docx.CHINESE_OUTLINE);
        numbered(d.paragraph("甲"), first, 0);
        numbered(d.paragraph("乙"), first, 0);
        BigInteger restarted = d.restartedList(d.abstractOf(first), 5);
        numbered(d.paragraph("戊"), restarted, 0);
        numbered(d.paragraph("己"), restarted, 0);
        assertThat(read(d)).containsExactly("一、甲", "二、乙", "五、戊", "六、己");
    }

    @Test
    void cellsMergedAcrossAndDownAreMarkedAndGridBeforeShiftsTheRow() throws UnreadableFileException {
        Docx d = new Docx();
        XWPFTable t = d.table(List.of(List.of("（三）不予公开", "1.属于国家秘密", "3"), List.of("", "2.其他法律行政法规禁止公开", "4"),
                List.of("申请人情况", "x")));
        vMerge(t.getRow(0).getCell(0), STMerge.RESTART);
        vMerge(t.getRow(1).getCell(0), STMerge.CONTINUE);
        t.getRow(1).getCell(0).setText("不应出现");
        t.getRow(2).getCell(0).getCTTc().addNewTcPr().addNewGridSpan().setVal(BigInteger.TWO);
        assertThat(read(d)).containsExactly(
                "| （三）不予公开 | 1.属于国家秘密 | 3 |",
                "| --- | --- | --- |",
                "| ^^ | 2.其他法律行政法规禁止公开 | 4 |",
                "| 申请人情况 | << | x |");
    }

    @Test
    void lineBreaksAndParagraphsInsideACellStayInTheCell() throws UnreadableFileException {
        Docx d = new Docx();
        XWPFTable t = d.table(List.of(List.of("本年新\n制作数量", "商业")));
        t.getRow(0).getCell(1).addParagraph().createRun().setText("企业");
        assertThat(read(d)).containsExactly("| 本年新 制作数量 | 商业 企业 |", "| --- | --- |");
    }

    @Test
    void aPipeInsideTextCannotSplitACell() throws UnreadableFileException {
        Docx d = new Docx();
        d.paragraph("甲|乙");
        d.table(List.of(List.of("a｜b", "c")));
        assertThat(read(d)).containsExactly("甲¦乙", "| a¦b | c |", "| --- | --- |");
    }

    @Test
    void aDocumentWithoutTextIsRefused() {
        Docx d = new Docx();
        d.paragraph("   ");
        Path file = d.save(dir.resolve("empty.docx"));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Importer.canonicalText(file))
                .isInstanceOfSatisfying(UnreadableFileException.class, e -> assertThat(e.reason().key()).isEqualTo("import.noText"));
    }

    private List<String> read(Docx d) throws UnreadableFileException {
        return Importer.canonicalText(d.save(dir.resolve("t.docx"))).lines().filter(l -> !l.isEmpty()).toList();
    }

    private static void numbered(XWPFParagraph p, BigInteger list, int level) {
        p.setNumID(list);
        p.setNumILvl(BigInteger.valueOf(level));
    }

    private static void vMerge(XWPFTableCell cell, STMerge.Enum how) {
        var pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        pr.addNewVMerge().setVal(how);
    }
}

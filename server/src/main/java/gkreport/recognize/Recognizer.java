package gkreport.recognize;

import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.Report;
import gkreport.model.Table2;
import gkreport.model.Table3;
import gkreport.model.Table4;
import gkreport.model.TemplateMark;
import gkreport.model.TemplateVersion;
import gkreport.model.Title;
import java.util.ArrayList;
import java.util.List;

/** Maps a syntax tree to the report model. Never throws: what it cannot find stays absent. */
public final class Recognizer {
    private Recognizer() {
    }

    public static Report recognize(Document document) {
        String source = document.source().text();
        List<Block> blocks = document.blocks();
        Table t2 = null;
        Table t3 = null;
        Table t4 = null;
        for (Table table : TableAssembler.tables(blocks, source)) {
            if (t2 == null && table.rows().stream().anyMatch(Table2Reader::isCaption)) t2 = table;
            else if (t3 == null && (mentions(table, "本年新收") || mentions(table, "勾稽关系"))) t3 = table;
            else if (t4 == null && mentions(table, "结果维持")) t4 = table;
        }
        List<TemplateMark> marks = new ArrayList<>();
        if (t2 != null) Table2Reader.collectMarks(t2, marks);
        Table3 table3 = t3 == null ? null : Table3Reader.read(t3, marks);
        TemplateVersion template = majority(marks);
        Table2 table2 = t2 == null ? null : Table2Reader.read(t2, template == null ? TemplateVersion.V2019 : template);
        Table4 table4 = t4 == null ? null : Table4Reader.read(t4);
        return new Report(document, title(document), SectionFinder.find(blocks, source),
                table2, table3, table4, template, marks);
    }

    /** The report's title alone, as {@link #recognize} finds it: read from the first lines, without the tables. */
    public static Title title(Document document) {
        return TitleReader.read(document.blocks(), document.source().text());
    }

    /** Where the lines the title is looked for in end: a text parsed up to there or further has the same title. */
    public static int titleExtent(Document document) {
        return TitleReader.extent(document.blocks());
    }

    private static TemplateVersion majority(List<TemplateMark> marks) {
        long v2021 = marks.stream().filter(m -> m.version() == TemplateVersion.V2021).count();
        long v2019 = marks.size() - v2021;
        if (marks.isEmpty()) return null;
        return v2021 > v2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
    }

    private static boolean mentions(Table table, String word) {
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.text().contains(word)) return true;
            }
        }
        return false;
    }
}

package gkreport.recognize;

import gkreport.grammar.ReportParser;
import gkreport.grammar.SourceText;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.Labels;
import gkreport.model.Report;
import gkreport.model.ReportProse;
import gkreport.model.Section;
import gkreport.model.Table2;
import gkreport.model.Table3;
import gkreport.model.Table4;
import gkreport.model.TemplateMark;
import gkreport.model.TemplateVersion;
import gkreport.model.Title;
import gkreport.model.UnreadableTable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Maps a syntax tree to the report model. Never throws: what it cannot find stays absent. */
public final class Recognizer {
    /** Header words only table 四 has; a PDF's text may break 「结果维持」 but keeps 「审结」 or a block's name. */
    private static final List<String> TABLE4_WORDS = List.of("结果维持", "审结", "未经复议直接起诉", "复议后起诉");
    private static final List<String> TABLE3_WORDS = List.of("本年新收", "勾稽关系");

    private Recognizer() {
    }

    /** The report a text holds: parsed, then recognised (no rules run). */
    public static Report recognize(String text) {
        return recognize(ReportParser.parse(text));
    }

    public static Report recognize(Document document) {
        String source = document.source().text();
        List<Block> blocks = document.blocks();
        Table t2 = null;
        Table t3 = null;
        Table t4 = null;
        for (Table table : TableAssembler.tables(blocks, source).stream().flatMap(t -> TableSplitter.split(t).stream()).toList()) {
            if (t2 == null && table.rows().stream().anyMatch(Table2Reader::isCaption)) t2 = table;
            else if (t3 == null && mentions(table, TABLE3_WORDS)) t3 = table;
            else if (t4 == null && mentions(table, TABLE4_WORDS)) t4 = table;
        }
        if (t2 == null) t2 = CellSequenceTable2.read(blocks);
        List<TemplateMark> marks = new ArrayList<>();
        if (t2 != null) Table2Reader.collectMarks(t2, marks);
        Table3 table3 = t3 == null ? null : Table3Reader.read(t3, marks);
        TemplateVersion template = majority(marks);
        TemplateVersion version2 = template == null ? TemplateVersion.V2019 : template;
        Table2 table2 = t2 == null ? null : Table2Reader.read(t2, version2);
        Table4 table4 = t4 == null ? null : Table4Reader.read(t4);
        SourceText text = document.source();
        List<UnreadableTable> unreadable = new ArrayList<>();
        UnreadableTable noLines = LineStructure.missing(text);
        if (noLines != null) {
            // One line holds everything: no table, nor the labels that tell a format, can be told apart.
            unreadable.add(noLines);
            marks.clear();
            template = null;
        }
        List<Section> sections = SectionFinder.find(blocks, source);
        table2 = trusted(table2, t -> TableConfidence.of(t, version2, text), 2, blocks, sections, unreadable);
        table3 = trusted(table3, t -> TableConfidence.of(t, text), 3, blocks, sections, unreadable);
        table4 = trusted(table4, t -> TableConfidence.of(t, text), 4, blocks, sections, unreadable);
        Title title = title(document);
        return new Report(document, title, sections, table2, table3, table4, template, marks, unreadable,
                new ReportProse(() -> ProseReader.sentences(document, title, sections)), DateLine.find(document, title));
    }

    /**
     * The table as read when it can be trusted; else null, with why it cannot be read. An absent
     * table whose caption, header or labels show in the text is unreadable, not missing.
     */
    private static <T> T trusted(T table, Function<T, UnreadableTable> doubt, int number, List<Block> blocks,
                                 List<Section> sections, List<UnreadableTable> unreadable) {
        if (!unreadable.isEmpty() && unreadable.get(0).wholeText()) return null;
        if (table == null) {
            UnreadableTable shown = TableEvidence.unread(number, blocks, sections);
            if (shown != null) unreadable.add(shown);
            return null;
        }
        UnreadableTable why = doubt.apply(table);
        if (why == null) return table;
        unreadable.add(why);
        return null;
    }

    /** The report's title alone, as {@link #recognize} finds it: read from the first lines, without the tables. */
    public static Title title(Document document) {
        return TitleReader.read(document.blocks(), document.source().text());
    }

    /** The title the whole text's parse gives, read from the text's first lines when that suffices. */
    public static Title title(String text) {
        return BeginningTitle.read(text);
    }

    private static TemplateVersion majority(List<TemplateMark> marks) {
        long v2021 = marks.stream().filter(m -> m.version() == TemplateVersion.V2021).count();
        long v2019 = marks.size() - v2021;
        if (marks.isEmpty()) return null;
        return v2021 > v2019 ? TemplateVersion.V2021 : TemplateVersion.V2019;
    }

    /** Whether a cell holds one of the words, spaces and line breaks inside it ignored (「结果维 持」). */
    private static boolean mentions(Table table, List<String> words) {
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                if (Labels.holdsAny(cell.text(), words)) return true;
            }
        }
        return false;
    }
}

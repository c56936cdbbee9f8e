package gkreport.model;

import gkreport.grammar.SourceText;
import gkreport.grammar.syntax.Document;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A report as recognised: title, sections, the three tables and the format they follow, its prose and dates.
 * Any part may be absent (null or empty) when the text lacks it; the rules report that.
 *
 * @param document  the syntax tree
 * @param title     the title, or null
 * @param sections  the recognised section headings with their bodies, in written order
 * @param table2    table 二, or null
 * @param table3    table 三, or null
 * @param table4    table 四, or null
 * @param template  the format the tables follow (the majority of their marks), or null
 * @param marks     the labels found that only one format has
 * @param unreadable the tables that stand in the text but could not be read with confidence (absent
 *                  above, and reported only as unreadable), or the whole text when it has no line structure
 * @param prose      the prose after the title as sentences: the text lines that are neither headings,
 *                   tables, debris nor dates, a paragraph's lines joined
 * @param datedLines the lines after the title that hold only a date (the signature, the publication date)
 */
public record Report(Document document, Title title, List<Section> sections, Table2 table2, Table3 table3,
                     Table4 table4, TemplateVersion template, List<TemplateMark> marks, List<UnreadableTable> unreadable,
                     ReportProse prose, List<DatedLine> datedLines) {
    public Report {
        sections = List.copyOf(sections);
        marks = List.copyOf(marks);
        unreadable = List.copyOf(unreadable);
        datedLines = List.copyOf(datedLines);
    }

    /** The prose after the title as sentences, in written order. */
    public List<Sentence> sentences() {
        return prose.sentences();
    }

    /** Whether the table (「表三」) stands in the text unread, or the whole text could not be read. */
    public boolean unreadable(String table) {
        return unreadable.stream().anyMatch(u -> u.wholeText() || table.equals(u.table()));
    }

    /** Whether the text has no line structure, so that no part of it can be told apart. */
    public boolean structureless() {
        return unreadable.stream().anyMatch(UnreadableTable::wholeText);
    }

    public SourceText source() {
        return document.source();
    }

    /** Every data row of tables 二, 三 and 四 as read, rows the format lacks included. */
    public List<DataRow> dataRows() {
        List<DataRow> rows = new ArrayList<>();
        if (table2 != null) {
            rows.addAll(table2.allRows());
            rows.addAll(table2.unknownRows());
        }
        if (table3 != null) rows.addAll(table3.rows());
        if (table4 != null && table4.data() != null) rows.add(table4.data());
        return rows;
    }

    public Optional<Integer> year() {
        return Optional.ofNullable(title).map(Title::year);
    }
}

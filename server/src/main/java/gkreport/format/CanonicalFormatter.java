package gkreport.format;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.PageMark;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.CellLines;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.model.Title;
import gkreport.recognize.Recognizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a report in the canonical form ({@link CanonicalForm}): the title as {@code # title}, each of the
 * six section headings as {@code ## 一、…}, other lines as written (without surrounding spaces),
 * every table row as one pipe row with its blank cells kept as empty cells (a table written as
 * space-aligned text is kept as written, its columns being where its characters stand), an imported PDF's page
 * marks where they stood, one blank line between blocks. Every label and value is kept, so the formatted text gives the same findings; numerals
 * and wording are never corrected here (that is what the fixes do).
 */
public final class CanonicalFormatter {
    /** The characters the grammar reads as spaces (ReportLines.g4 WS). */
    private static final String SPACES = " \u000B\f\u00A0\u3000";
    private static final String MARKS = "#*" + SPACES;

    private CanonicalFormatter() {
    }

    /** The text in the canonical form. */
    public static String format(String text) {
        return format(Recognizer.recognize(text));
    }

    public static String format(Report report) {
        Map<TextLine, String> headings = headingLines(report);
        List<TextRange> spaced = spacedTables(report);
        List<String> blocks = new ArrayList<>();
        PageMarks marks = new PageMarks(report.document().pageMarks());
        for (Block block : report.document().blocks()) {
            marks.before(block.range().start(), blocks);
            if (spaced.stream().anyMatch(t -> t.contains(block.range().start()))) {
                blocks.add(report.source().slice(block.range()).replace("\r\n", "\n").replace('\r', '\n'));
            } else if (block instanceof Table table) {
                blocks.add(table(table, marks));
            } else if (block instanceof TextLine line) {
                String heading = headings.get(line);
                if (heading == null) blocks.add(strip(line.text(), SPACES));
                else if (!heading.isEmpty()) blocks.add(heading);
            }
        }
        marks.before(Integer.MAX_VALUE, blocks);
        return CanonicalForm.document(blocks);
    }

    /**
     * Where the tables written as space-aligned text stand, recognised or not: their lines are kept
     * as written, spaces included, since their columns are read from where the characters stand (a
     * table not recognised as one of the format's, written as pipe rows, would read differently).
     */
    private static List<TextRange> spacedTables(Report report) {
        List<Table> tables = new ArrayList<>();
        if (report.table2() != null) tables.add(report.table2().syntax());
        if (report.table3() != null) tables.add(report.table3().syntax());
        if (report.table4() != null) tables.add(report.table4().syntax());
        report.document().blocks().stream().filter(b -> b instanceof Table).forEach(b -> tables.add((Table) b));
        return tables.stream().filter(t -> t.rows().stream().anyMatch(r -> r.form() == RowForm.SPACED)).map(Table::range).toList();
    }

    /** The page marks of an imported PDF, written back where they stood: between blocks, or between a table's rows. */
    private static final class PageMarks {
        private final List<PageMark> marks;
        private int next;

        PageMarks(List<PageMark> marks) {
            this.marks = marks;
        }

        /** Adds the marks that stand before the offset, each as a line of its own. */
        void before(int offset, List<String> lines) {
            while (next < marks.size() && marks.get(next).range().start() < offset) {
                lines.add(CanonicalForm.pageMark(marks.get(next++).page()));
            }
        }
    }

    /**
     * The lines written as headings: the title (on its first line; a title split over two lines is
     * joined and its second line maps to nothing) and the section headings.
     */
    private static Map<TextLine, String> headingLines(Report report) {
        Map<TextLine, String> out = new HashMap<>();
        Title title = report.title();
        if (title != null) {
            List<TextLine> lines = linesWithin(report, title.range().start(), title.range().end());
            for (int i = 0; i < lines.size(); i++) out.put(lines.get(i), i == 0 ? CanonicalForm.title(beforeContent(lines.get(i)) + title.text().strip()) : "");
        }
        for (Section section : report.sections()) {
            SectionHeading h = section.heading();
            out.put(h.line(), CanonicalForm.sectionHeading(sectionHeading(h)));
        }
        return out;
    }

    /** What stands before a title's text on its line (a numeral such as 「一、」), Markdown marks and spaces dropped. */
    private static String beforeContent(TextLine line) {
        return strip(line.text().substring(0, line.contentRange().start() - line.range().start()), MARKS);
    }

    /** 「4、政府信息公开…」 as written, debris before the numeral kept, Markdown marks and spaces dropped. */
    private static String sectionHeading(SectionHeading h) {
        TextLine line = h.line();
        int numeralStart = h.numeral() != null ? h.numeral().start() : h.wordingRange().start() - line.range().start();
        String debris = strip(line.text().substring(0, numeralStart), MARKS);
        String numeral = h.numeral() != null ? h.numeral().text() : "";
        return debris + numeral + h.wording();
    }

    private static List<TextLine> linesWithin(Report report, int start, int end) {
        List<TextLine> lines = new ArrayList<>();
        for (Block block : report.document().blocks()) {
            if (block instanceof TextLine line && line.range().start() <= end && line.range().end() >= start) lines.add(line);
        }
        return lines;
    }

    private static String table(Table table, PageMarks marks) {
        List<String> rows = new ArrayList<>(table.rows().size());
        for (Row row : table.rows()) {
            marks.before(row.range().start(), rows);
            rows.add(pipeRow(row));
        }
        return String.join("\n", rows);
    }

    /** A cell continued over lines is joined; a blank cell stays an empty cell. */
    private static String pipeRow(Row row) {
        List<String> cells = new ArrayList<>(row.cells().size());
        for (Cell cell : row.cells()) cells.add(joinLines(cell.text()));
        return CanonicalForm.pipeRow(cells);
    }

    /** A cell's lines as one, as {@link CellLines} says. */
    private static String joinLines(String text) {
        String[] lines = text.split("\r\n|\r|\n", -1);
        StringBuilder b = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            if (b.length() > 0 && !lines[i].isEmpty() && CellLines.keptApart(b.charAt(b.length() - 1), lines[i].charAt(0))) b.append(' ');
            b.append(lines[i]);
        }
        return b.toString();
    }

    private static String strip(String text, String chars) {
        int from = 0;
        int to = text.length();
        while (from < to && chars.indexOf(text.charAt(from)) >= 0) from++;
        while (to > from && chars.indexOf(text.charAt(to - 1)) >= 0) to--;
        return text.substring(from, to);
    }
}

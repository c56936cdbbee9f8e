package gkreport.testkit;

import gkreport.grammar.TextRange;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.SectionHeading;
import gkreport.recognize.Recognizer;
import gkreport.grammar.ReportParser;

/** Mutations of a real report's text, located through the recognised model. */
public final class Mutate {
    private final String text;
    private final Report report;

    private Mutate(String text) {
        this.text = text;
        this.report = Recognizer.recognize(ReportParser.parse(text));
    }

    public static Mutate of(String text) {
        return new Mutate(text);
    }

    public Report report() {
        return report;
    }

    /** The cell of table 三 in the row with this key (「R1」, 「R3.7」) and this column (0 = 自然人 … 6 = 总计). */
    public DataCell table3Cell(String rowKey, int column) {
        return table3Row(rowKey).cell(column);
    }

    public DataRow table3Row(String rowKey) {
        return report.table3().row(rowKey).orElseThrow(() -> new AssertionError("no row " + rowKey));
    }

    public DataCell table4Cell(int index) {
        return report.table4().data().cell(index);
    }

    public String replace(TextRange range, String newText) {
        return text.substring(0, range.start()) + newText + text.substring(range.end());
    }

    public String setCell(DataCell cell, String value) {
        if (cell.isAbsent()) throw new AssertionError("cell is absent: " + cell);
        return replace(cell.range(), value);
    }

    /** Removes a row and the line break after it. */
    public String deleteRow(DataRow row) {
        int end = row.syntax().range().end();
        if (end < text.length() && text.charAt(end) == '\r') end++;
        if (end < text.length() && text.charAt(end) == '\n') end++;
        return replace(new TextRange(row.syntax().range().start(), end), "");
    }

    public SectionHeading heading(int sectionNumber) {
        return report.sections().stream().map(s -> s.heading()).filter(h -> h.spec().number() == sectionNumber)
                .findFirst().orElseThrow();
    }

    /** 1-based line of an offset in the original text. */
    public int lineOf(int offset) {
        return report.source().lineOf(offset) + 1;
    }
}

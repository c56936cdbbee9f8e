package gkreport.rules.years;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.CellLines;
import gkreport.model.Labels;
import gkreport.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A cell of a table whose text names years, e.g. the note a template carries over from the
 * year it was made for: 「：指2019办理总数+2018年未办结数…」. Numbers in brackets of a document
 * number (「〔2021〕30号」) are not years of the report.
 *
 * @param text  the cell's text from the clause that names a year, its lines joined, stripped
 * @param years the years it names, in written order
 * @param range where that text stands
 */
public record TableNote(String text, List<Integer> years, TextRange range) {
    private static final Pattern YEAR = Pattern.compile("(?<![\\d〔\\[])((?:19|20)\\d{2})(?![\\d〕\\]])");

    public TableNote {
        years = List.copyOf(years);
    }

    public static List<TableNote> find(Report report) {
        SourceText source = report.source();
        List<TableNote> out = new ArrayList<>();
        for (Block block : report.document().blocks()) {
            if (!(block instanceof Table table)) continue;
            for (Row row : table.rows()) {
                for (Cell cell : row.cells()) {
                    if (hasFourDigits(cell.text()) && Labels.hasHan(cell.text())) note(source, cell.range(), out);
                }
            }
        }
        return out;
    }

    /** Whether four ASCII digits stand together: a year can be named (a cheap test before the patterns). */
    private static boolean hasFourDigits(String text) {
        int run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            run = c >= '0' && c <= '9' ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /**
     * The cell's note, if it names a year: a note wrapped over lines is one note, read as its lines
     * joined ({@link CellLines}, as formatting joins them), so that formatting changes nothing of it.
     */
    private static void note(SourceText source, TextRange cell, List<TableNote> out) {
        Joined joined = Joined.of(source.text(), cell);
        Set<Integer> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(joined.text);
        int firstYear = -1;
        while (m.find()) {
            if (firstYear < 0) firstYear = m.start();
            years.add(Integer.parseInt(m.group(1)));
        }
        if (years.isEmpty()) return;
        // A cell that holds the printed 勾稽关系 note and the stale one in one line is quoted from the stale clause.
        int clause = clauseStart(joined.text, firstYear);
        String text = joined.text.substring(clause);
        int from = clause + text.length() - text.stripLeading().length();
        int to = joined.text.length() - (text.length() - text.stripTrailing().length());
        out.add(new TableNote(text.strip(), List.copyOf(years), new TextRange(joined.offsets[from], joined.offsets[to - 1] + 1)));
    }

    /** A cell's text with its lines joined, and where each of its characters stands in the source. */
    private record Joined(String text, int[] offsets) {
        static Joined of(String source, TextRange cell) {
            StringBuilder text = new StringBuilder(cell.end() - cell.start());
            int[] offsets = new int[cell.end() - cell.start() + 1];
            int i = cell.start();
            while (i < cell.end()) {
                char c = source.charAt(i);
                if (c != '\n' && c != '\r') {
                    offsets[text.length()] = i++;
                    text.append(c);
                    continue;
                }
                int lineBreak = i;
                while (i < cell.end() && (source.charAt(i) == '\n' || source.charAt(i) == '\r' || source.charAt(i) == ' ' || source.charAt(i) == '\t')) i++;
                boolean apart = text.length() > 0 && i < cell.end() && CellLines.keptApart(text.charAt(text.length() - 1), source.charAt(i));
                if (apart) {
                    offsets[text.length()] = lineBreak;
                    text.append(' ');
                }
            }
            return new Joined(text.toString(), offsets);
        }
    }

    /** Where the clause holding the first year starts: after the last closing bracket or full stop before it. */
    private static int clauseStart(String line, int firstYear) {
        int cut = -1;
        for (char end : new char[] {'）', ')', '。', '；'}) cut = Math.max(cut, line.lastIndexOf(end, firstYear));
        return cut + 1;
    }
}

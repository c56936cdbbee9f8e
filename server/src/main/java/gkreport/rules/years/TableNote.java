package gkreport.rules.years;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.Table;
import gkreport.model.Labels;
import gkreport.model.Report;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A line of text inside a table that names years, e.g. the note a template carries over from the
 * year it was made for: 「：指2019办理总数+2018年未办结数…」. Numbers in brackets of a document
 * number (「〔2021〕30号」) are not years of the report.
 *
 * @param text  the line, stripped
 * @param years the years it names, in written order
 * @param range the line's text
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
                    if (hasFourDigits(cell.text()) && Labels.hasHan(cell.text())) lines(source, cell.range(), out);
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

    /** Each line of the cell that names a year. */
    private static void lines(SourceText source, TextRange cell, List<TableNote> out) {
        for (int line = source.lineOf(cell.start()); line <= source.lineOf(cell.end()); line++) {
            int start = Math.max(cell.start(), source.lineStart(line));
            int end = Math.min(cell.end(), source.lineEnd(line));
            if (end <= start) continue;
            String lineText = source.text().substring(start, end);
            Set<Integer> years = new LinkedHashSet<>();
            Matcher m = YEAR.matcher(lineText);
            int firstYear = -1;
            while (m.find()) {
                if (firstYear < 0) firstYear = m.start();
                years.add(Integer.parseInt(m.group(1)));
            }
            if (years.isEmpty()) continue;
            // A cell that holds the printed 勾稽关系 note and the stale one in one line is quoted from the stale clause.
            int clause = clauseStart(lineText, firstYear);
            start += clause;
            String text = lineText.substring(clause);
            int lead = text.length() - text.stripLeading().length();
            int trail = text.length() - text.stripTrailing().length();
            out.add(new TableNote(text.strip(), List.copyOf(years), new TextRange(start + lead, end - trail)));
        }
    }

    /** Where the clause holding the first year starts: after the last closing bracket or full stop before it. */
    private static int clauseStart(String line, int firstYear) {
        int cut = -1;
        for (char end : new char[] {'）', ')', '。', '；'}) cut = Math.max(cut, line.lastIndexOf(end, firstYear));
        return cut + 1;
    }
}

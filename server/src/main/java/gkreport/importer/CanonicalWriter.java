package gkreport.importer;

import gkreport.format.CanonicalForm;
import gkreport.format.CanonicalFormatter;
import gkreport.grammar.SectionHeadingHint;
import gkreport.recognize.ReportTitle;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes an imported document in the canonical text form: its paragraphs and tables as lines —
 * the title as a level-1 heading (one line, also when the document splits it over two
 * paragraphs), a short line that opens one of the six sections as a level-2 heading, other
 * paragraphs line by line, each table as pipe rows with a Markdown separator after its first row
 * (a document's table is a grid, every row as wide) — then that text through
 * {@link CanonicalFormatter}, so that {@code import}, {@code new} and {@code fmt} write the one
 * canonical form and formatting an imported text changes nothing.
 *
 * <p>The two steps are not one because they start from different things: this one from a
 * document's paragraphs and grids, which nothing has recognised yet; the formatter from a report
 * recognised in any text form, whose rows may differ in width and whose cells may run over lines.
 *
 * <p>A line break inside a cell becomes a space, since a pipe row is one line; a '|' inside a
 * cell or paragraph becomes '¦', since the pipe separates cells. Tabs become spaces, and heading
 * marks typed at a paragraph's start ({@code ## }) are dropped.
 */
public final class CanonicalWriter {
    /** The title is looked for among the first paragraphs that have text. */
    private static final int TITLE_WINDOW = 5;
    private static final int MAX_HEADING_LENGTH = 40;
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u3000]+");
    private static final Pattern EDGE_SPACES = Pattern.compile("^[\\s\\u00A0\\u3000]+|[\\s\\u00A0\\u3000]+$");
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}\\s*年");
    private static final Pattern PIPES = Pattern.compile("[|｜]");
    /** Heading marks typed into the document itself; the writer sets its own. */
    private static final Pattern TYPED_MARKS = Pattern.compile("^#{1,6}\\s+");

    private CanonicalWriter() {
    }

    public static String write(ImportedDocument document) {
        return CanonicalFormatter.format(draft(document));
    }

    /** The document's text before {@link CanonicalFormatter} gives its tables and headings their canonical form. */
    static String draft(ImportedDocument document) {
        List<String> chunks = new ArrayList<>();
        boolean titleSeen = false;
        int paragraphs = 0;
        int firstParagraph = -1;
        for (ImportedDocument.Block block : document.blocks()) {
            if (block instanceof ImportedDocument.Grid grid) {
                String table = table(grid);
                if (!table.isEmpty()) chunks.add(table);
                continue;
            }
            if (block instanceof ImportedDocument.PageBreak page) {
                chunks.add(CanonicalForm.pageMark(page.page()));
                continue;
            }
            List<String> lines = lines(((ImportedDocument.Paragraph) block).text());
            if (lines.isEmpty()) continue;
            paragraphs++;
            if (paragraphs == 1) firstParagraph = chunks.size();
            String first = lines.get(0);
            if (!titleSeen && paragraphs <= TITLE_WINDOW && isTitle(lines)) {
                titleSeen = true;
                String title = String.join("", lines);
                boolean afterFirst = paragraphs == 2 && firstParagraph == chunks.size() - 1;
                if (afterFirst && startsTitle(chunks.get(firstParagraph), title)) title = chunks.remove(firstParagraph) + title;
                chunks.add(CanonicalForm.title(title));
            } else if (lines.size() == 1 && isSectionHeading(first)) {
                chunks.add(CanonicalForm.sectionHeading(first));
            } else {
                chunks.add(String.join("\n", lines));
            }
        }
        return CanonicalForm.document(chunks);
    }

    private static boolean isTitle(List<String> lines) {
        return ReportTitle.isTitle(String.join("", lines));
    }

    /** 「某某县人民政府2020年」 on the line before 「政府信息公开工作年度报告」: the title's first half. */
    private static boolean startsTitle(String previous, String title) {
        boolean oneShortLine = previous.length() <= MAX_HEADING_LENGTH && !previous.contains("\n") && !previous.endsWith("。")
                && !previous.startsWith("#") && !previous.startsWith("|");
        return oneShortLine && (previous.endsWith("年") || !YEAR.matcher(title).find());
    }

    private static boolean isSectionHeading(String line) {
        return line.length() <= MAX_HEADING_LENGTH && !line.endsWith("。") && SectionHeadingHint.opensSection(line);
    }

    /** The paragraph's lines, each trimmed, without empty ones. */
    private static List<String> lines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String clean = EDGE_SPACES.matcher(PIPES.matcher(line.replace('\t', ' ')).replaceAll("¦")).replaceAll("");
            clean = TYPED_MARKS.matcher(clean).replaceFirst("");
            if (!clean.isBlank()) out.add(clean);
        }
        return out;
    }

    private static String table(ImportedDocument.Grid grid) {
        List<String> rows = new ArrayList<>();
        for (List<String> row : grid.rows()) {
            if (row.isEmpty()) continue;
            rows.add(CanonicalForm.pipeRow(row.stream().map(CanonicalWriter::cell).toList()));
            if (rows.size() == 1) rows.add(CanonicalForm.separatorRow(row.size()));
        }
        return String.join("\n", rows);
    }

    private static String cell(String text) {
        return PIPES.matcher(SPACES.matcher(text).replaceAll(" ")).replaceAll("¦").strip();
    }
}

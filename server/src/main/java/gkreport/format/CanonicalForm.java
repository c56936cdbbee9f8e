package gkreport.format;

import java.util.Collections;
import java.util.List;

/**
 * The shapes of the canonical text form (design.md), the one form that {@code import} and
 * {@code new} ({@link gkreport.importer.CanonicalWriter}) and {@code fmt} and editor formatting
 * ({@link CanonicalFormatter}) write: the title as a level-1 Markdown heading, a section heading as
 * a level-2 one, a table row as one pipe row with a blank cell kept as an empty cell and a merged
 * cell as its mark ({@code ^^} merged into the cell above, {@code <<} into the one on its left),
 * where a page of an imported PDF begins a hidden page mark, one blank line between blocks.
 */
public final class CanonicalForm {
    private CanonicalForm() {
    }

    public static String title(String text) {
        return "# " + text;
    }

    public static String sectionHeading(String text) {
        return "## " + text;
    }

    /** {@code | a | | b |}: each cell between pipes, a blank one as a single space. */
    public static String pipeRow(List<String> cells) {
        StringBuilder b = new StringBuilder("|");
        for (String c : cells) b.append(c.isBlank() ? " |" : " " + c + " |");
        return b.toString();
    }

    /** An image of the document, as Markdown writes one: 「![表三](table3.png)」; the source's file name only. */
    public static String image(String alt, String source) {
        String name = source.substring(source.lastIndexOf('/') + 1).replace(")", "%29").replace(" ", "%20");
        return "![" + (alt.isEmpty() ? "图片" : alt.replace("]", "")) + "](" + name + ")";
    }

    /** The hidden line where a page of an imported PDF begins (ReportParser reads it back). */
    public static String pageMark(int page) {
        return "<!-- 第" + page + "页 -->";
    }

    /** The Markdown separator row under a table's first row: {@code | --- | --- |}. */
    public static String separatorRow(int width) {
        return pipeRow(Collections.nCopies(width, "---"));
    }

    /** The blocks, a blank line between them, ending with a line break; empty when there are none. */
    public static String document(List<String> blocks) {
        if (blocks.isEmpty()) return "";
        // Sized exactly: an imported page can be megabytes long, and the heap small.
        int length = 2 * (blocks.size() - 1) + 1;
        for (String block : blocks) length += block.length();
        StringBuilder text = new StringBuilder(length);
        for (String block : blocks) {
            if (!text.isEmpty()) text.append("\n\n");
            text.append(block);
        }
        return text.append('\n').toString();
    }
}

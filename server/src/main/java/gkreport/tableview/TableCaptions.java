package gkreport.tableview;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Report;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The line a table is introduced by: a caption line 「表三：收到和处理政府信息公开申请情况」, else the
 * heading of the section it stands in (「三、收到和处理政府信息公开申请情况」), when only prose
 * separates it from the table; else the table's own first line.
 */
public final class TableCaptions {
    private static final Pattern TABLE_CAPTION = Pattern.compile("^[#*\\s]*表[二三四][：:、\\s]");

    private final Report report;
    private final Set<TextLine> headings = Collections.newSetFromMap(new IdentityHashMap<>());

    public TableCaptions(Report report) {
        this.report = report;
        report.sections().forEach(s -> headings.add(s.heading().line()));
    }

    /** The caption line (without its line break) of the table, or unreadable part, that starts at the offset. */
    public TextRange captionOf(int tableStart) {
        TextLine caption = null;
        for (Block block : report.document().blocks()) {
            if (block.range().start() >= tableStart) break;
            if (block instanceof Table) caption = null; // a caption above another table is that table's
            else if (block instanceof TextLine line && isCaption(line)) caption = line;
        }
        if (caption != null) return caption.range();
        SourceText source = report.source();
        int line = source.lineOf(tableStart);
        return new TextRange(source.lineStart(line), source.lineEnd(line));
    }

    private boolean isCaption(TextLine line) {
        return headings.contains(line) || TABLE_CAPTION.matcher(line.text()).find();
    }
}

package gkreport.grammar;

import gkreport.grammar.antlr.ReportLinesBaseListener;
import gkreport.grammar.antlr.ReportLinesLexer;
import gkreport.grammar.antlr.ReportLinesParser;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Document;
import gkreport.grammar.syntax.HeadingPrefix;
import gkreport.grammar.syntax.PageMark;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.UnbufferedTokenStream;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/** Parses a report's text into its syntax tree. Accepts every input and never throws. */
public final class ReportParser {
    /**
     * A line that is one HTML comment, as Markdown hides it: no block. 「&lt;!-- 第3页 --&gt;」 (or
     * 「&lt;!-- page 3 --&gt;」) marks where a page of an imported PDF begins.
     */
    private static final Pattern COMMENT_LINE = Pattern.compile("^[ \\t\\u00A0\\u3000]*<!--(.*?)-->[ \\t\\u00A0\\u3000]*$");
    private static final Pattern PAGE = Pattern.compile("^\\s*(?:第\\s*(\\d{1,5})\\s*页|page\\s+(\\d{1,5}))\\s*$");

    private ReportParser() {
    }

    /** ReportLines.g4 treats the full-width pipe as '|' and the no-break and ideographic spaces as ' '. */
    private static int fold(int c) {
        return switch (c) {
            case '｜' -> '|';
            case '\u00A0', '\u3000' -> ' ';
            default -> FoldingCharStream.PLACEHOLDER;
        };
    }

    public static Document parse(String text) {
        SourceText source = new SourceText(text);
        // The grammar ends every line with NL; give the last line one without moving any offset.
        String ending = text.isEmpty() || text.endsWith("\n") || text.endsWith("\r") ? "" : "\n";
        ReportLinesLexer lexer = new ReportLinesLexer(new FoldingCharStream(text, ending, ReportParser::fold));
        lexer.removeErrorListeners();
        ReportLinesParser parser = new ReportLinesParser(new UnbufferedTokenStream<>(lexer));
        parser.removeErrorListeners();
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        Builder builder = new Builder(source);
        parser.addParseListener(builder);
        parser.document();
        return builder.document();
    }

    /**
     * Turns each block into syntax as soon as the parser has read it, and cuts it loose from the
     * parse tree: memory holds the blocks built and the block being read, never the whole
     * document's parse tree or tokens (together ten times the size of the text).
     */
    private static final class Builder extends ReportLinesBaseListener {
        private final SourceText source;
        private final List<Block> blocks = new ArrayList<>();
        private final List<Row> rows = new ArrayList<>();
        private final List<PageMark> pageMarks = new ArrayList<>();

        Builder(SourceText source) {
            this.source = source;
        }

        @Override
        public void exitBlock(ReportLinesParser.BlockContext block) {
            add(block);
            block.getParent().removeLastChild();
        }

        Document document() {
            flushTable();
            return new Document(source, blocks, pageMarks);
        }

        private void add(ReportLinesParser.BlockContext block) {
            if (block.tikaRow() != null) rows.add(tikaRow(block.tikaRow()));
            else if (block.pipeRow() != null) rows.add(delimitedRow(block.pipeRow(), RowForm.PIPE, ReportLinesLexer.PIPE));
            else if (block.tabRow() != null) rows.add(delimitedRow(block.tabRow(), RowForm.TAB, ReportLinesLexer.TAB));
            else if (block.spacedRow() != null) rows.add(spacedRow(block.spacedRow()));
            else if (block.textLine() != null) {
                TextRange range = lineRange(block.textLine());
                Matcher comment = COMMENT_LINE.matcher(source.slice(range));
                if (comment.matches()) {
                    pageMark(range, comment.group(1));
                    return; // hidden, and no end of a table either
                }
                flushTable();
                blocks.add(textLine(block.textLine()));
            }
        }

        private void pageMark(TextRange range, String comment) {
            Matcher page = PAGE.matcher(comment);
            if (!page.matches()) return;
            String number = page.group(1) != null ? page.group(1) : page.group(2);
            pageMarks.add(new PageMark(range, source.lineOf(range.start()), Integer.parseInt(number)));
        }

        private void flushTable() {
            if (rows.isEmpty()) return;
            TextRange range = rows.get(0).range().union(rows.get(rows.size() - 1).range());
            blocks.add(new Table(range, rows));
            rows.clear();
        }

        private Row tikaRow(ReportLinesParser.TikaRowContext ctx) {
            List<Cell> cells = new ArrayList<>();
            for (ParseTree child : ctx.children) {
                if (child instanceof ReportLinesParser.CellLineContext line) {
                    cells.add(line.content() != null ? cell(span(line.content()))
                            : new Cell("", TextRange.at(lastTab(line) + 1)));
                } else if (child instanceof ReportLinesParser.ContinuationContext more && !cells.isEmpty()) {
                    Cell last = cells.remove(cells.size() - 1);
                    Cell next = cell(lineRange(more));
                    cells.add(join(last, next));
                }
            }
            return new Row(lineRange(ctx), source.lineOf(ctx.getStart().getStartIndex()), RowForm.CELL_PER_LINE, cells);
        }

        private Row delimitedRow(ParserRuleContext ctx, RowForm form, int separator) {
            TextRange lineRange = lineRange(ctx);
            List<TextRange> segments = new ArrayList<>();
            int segmentStart = lineRange.start();
            for (Token t : tokensOf(ctx)) {
                if (t.getType() == separator) {
                    segments.add(new TextRange(segmentStart, t.getStartIndex()));
                    segmentStart = t.getStopIndex() + 1;
                }
            }
            segments.add(new TextRange(segmentStart, lineRange.end()));
            if (form == RowForm.PIPE) {
                // 「| a | b |」: the blanks outside the outer pipes are not cells.
                if (segments.size() > 1 && source.slice(segments.get(segments.size() - 1)).isBlank()) {
                    segments.remove(segments.size() - 1);
                }
                if (segments.size() > 1 && source.slice(segments.get(0)).isBlank()) segments.remove(0);
            }
            List<Cell> cells = segments.stream().map(this::cell).toList();
            return new Row(lineRange, source.lineOf(lineRange.start()), form, cells);
        }

        /** Each field of a space-aligned line is a cell; blank ones have no field (their column is the recognizer's to find). */
        private Row spacedRow(ReportLinesParser.SpacedRowContext ctx) {
            List<Cell> cells = new ArrayList<>();
            for (Token t : tokensOf(ctx)) {
                if (t.getType() == ReportLinesLexer.TEXT || t.getType() == ReportLinesLexer.NUMBER) {
                    cells.add(cell(new TextRange(t.getStartIndex(), Math.min(t.getStopIndex() + 1, source.length()))));
                }
            }
            TextRange lineRange = lineRange(ctx);
            return new Row(lineRange, source.lineOf(lineRange.start()), RowForm.SPACED, cells);
        }

        private TextLine textLine(ReportLinesParser.TextLineContext ctx) {
            TextRange range = lineRange(ctx);
            String text = source.slice(range);
            HeadingPrefix prefix = InlineReader.headingPrefix(text);
            int contentEnd = text.length();
            while (contentEnd > 0 && Spaces.isSpace(text.charAt(contentEnd - 1))) contentEnd--;
            String trimmed = text.substring(0, contentEnd);
            if (trimmed.endsWith("**")) contentEnd -= 2;
            while (contentEnd > 0 && Spaces.isSpace(text.charAt(contentEnd - 1))) contentEnd--;
            int contentStart = Math.min(prefix.contentStart(), contentEnd);
            return new TextLine(range, source.lineOf(range.start()), text, prefix, range.sub(contentStart, contentEnd));
        }

        /** A cell over a span: its text trimmed of spaces, its range the trimmed text's. */
        private Cell cell(TextRange span) {
            String raw = source.slice(span);
            int from = 0;
            int to = raw.length();
            while (from < to && Spaces.isSpace(raw.charAt(from))) from++;
            while (to > from && Spaces.isSpace(raw.charAt(to - 1))) to--;
            return new Cell(raw.substring(from, to), span.sub(from, to));
        }

        private Cell join(Cell first, Cell continuation) {
            if (first.isBlank()) return continuation;
            if (continuation.isBlank()) return first;
            return new Cell(first.text() + "\n" + continuation.text(), first.range().union(continuation.range()));
        }

        /** The context's lines, without the final line break. */
        private TextRange lineRange(ParserRuleContext ctx) {
            int start = ctx.getStart().getStartIndex();
            int end = Math.min(ctx.getStop().getStartIndex(), source.length());
            if (ctx.getStop().getType() != ReportLinesLexer.NL) end = Math.min(ctx.getStop().getStopIndex() + 1, source.length());
            return new TextRange(Math.min(start, end), end);
        }

        private TextRange span(ParserRuleContext ctx) {
            return new TextRange(ctx.getStart().getStartIndex(), Math.min(ctx.getStop().getStopIndex() + 1, source.length()));
        }

        /** The tokens that are the rule's own children, in order (a row's separators and fields). */
        private static List<Token> tokensOf(ParserRuleContext ctx) {
            List<Token> tokens = new ArrayList<>(ctx.getChildCount());
            for (ParseTree child : ctx.children) {
                if (child instanceof TerminalNode terminal) tokens.add(terminal.getSymbol());
            }
            return tokens;
        }

        private int lastTab(ReportLinesParser.CellLineContext line) {
            List<TerminalNode> tabs = line.TAB();
            return tabs.get(tabs.size() - 1).getSymbol().getStartIndex();
        }

    }
}

package gkreport.rules.checks;

import gkreport.grammar.SourceText;
import gkreport.grammar.Spaces;
import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Table;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Report;
import gkreport.recognize.Debris;
import gkreport.rules.Findings;
import gkreport.rules.Fix;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.TextEdit;
import gkreport.rules.debris.DoubledWords;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Debris of document conversion: Word's bookmarks (「[bookmark: _GoBack]」), a web form's
 * 「窗体顶端」/「窗体底端」, page numbers on a line of their own, characters lost in decoding, and a
 * word written twice (「根据根据」).
 *
 * <p>Removing debris is a safe fix (a line that holds only debris goes with its line break). A lost
 * character's fix only removes the mark, and a doubled word may be an intended repetition
 * (「研究研究」): both want a person's eye, so their fixes are not safe. A number alone on a line is
 * a page number only as the document's last line; inside it, it may be a table's cell.
 */
public final class ConversionArtifactRule implements Rule {
    /** More places than this with lost characters: the whole file was decoded wrongly. */
    private static final int FEW_LOST = 5;

    @Override
    public RuleId id() {
        return RuleId.CONVERSION_ARTIFACT;
    }

    @Override
    public void check(Report report, Findings out) {
        SourceText source = report.source();
        List<TextRange> tables = report.document().blocks().stream().filter(b -> b instanceof Table).map(Block::range).toList();
        int lastLine = lastNonBlankLine(source);
        List<TextRange> lost = new ArrayList<>();
        for (int line = 0; line < source.lineCount(); line++) {
            String text = source.lineText(line);
            String stripped = Spaces.strip(text);
            if (stripped.isEmpty()) continue;
            int start = source.lineStart(line);
            boolean lastProseLine = line == lastLine && tables.stream().noneMatch(t -> t.start() <= start && start < t.end());
            String alone = Spaces.strip(stripped.replace('|', ' ')); // 「| -5- |」: a page number a row of its own once formatted
            if (isPageNumber(alone, lastProseLine)) {
                out.add(content(source, line), Message.of("debris.pageNumber", alone), removeLine(source, line, alone));
            } else if (Debris.isDebrisLine(text)) {
                out.add(content(source, line), Message.of("debris.text", stripped), removeLine(source, line, stripped));
            } else {
                tokens(text, start, out, lost);
            }
        }
        lostCharacters(lost, out);
        for (Block block : report.document().blocks()) {
            if (!(block instanceof TextLine line)) continue;
            for (DoubledWords.Doubled d : DoubledWords.find(line.text(), line.range().start())) {
                Fix fix = new Fix(Message.of("fix.removeRepeat", d.word()), List.of(new TextEdit(d.repeat(), "")), false);
                out.add(d.repeat(), Message.of("debris.doubled", d.word()), fix);
            }
        }
    }

    /** 「-1-」 anywhere; a bare 「1」 only as the document's last line, outside any table. */
    private static boolean isPageNumber(String stripped, boolean lastProseLine) {
        return Debris.PAGE_NUMBER_LINE.matcher(stripped).matches()
                || (lastProseLine && Debris.BARE_NUMBER_LINE.matcher(stripped).matches());
    }

    /** Bookmarks and form markers inside a line of other text are found; its lost characters, collected. */
    private static void tokens(String text, int lineStart, Findings out, List<TextRange> lost) {
        if (Debris.mayHoldMarks(text)) marks(text, lineStart, out);
        if (text.indexOf('\uFFFD') < 0) return;
        Matcher m = Debris.REPLACEMENT.matcher(text);
        while (m.find()) lost.add(new TextRange(lineStart + m.start(), lineStart + m.end()));
    }

    /**
     * A few lost characters are each shown where they stand; many are a file read in the wrong
     * encoding, said once, at the first, rather than in a hundred findings that hide the others.
     */
    private static void lostCharacters(List<TextRange> lost, Findings out) {
        if (lost.size() <= FEW_LOST) {
            for (TextRange at : lost) {
                String marks = "\uFFFD".repeat(at.end() - at.start());
                out.add(at, Message.of("debris.replacement", marks.length()), new Fix(Message.of("fix.remove", marks), List.of(new TextEdit(at, "")), false));
            }
            return;
        }
        int characters = lost.stream().mapToInt(r -> r.end() - r.start()).sum();
        List<TextEdit> removals = lost.stream().map(at -> new TextEdit(at, "")).toList();
        out.add(lost.get(0), Message.of("debris.replacementMany", lost.size(), characters), new Fix(Message.of("fix.remove", "\uFFFD"), removals, false));
    }

    private static void marks(String text, int lineStart, Findings out) {
        for (var pattern : List.of(Debris.BOOKMARK, Debris.FORM_MARKER)) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                TextRange at = new TextRange(lineStart + m.start(), lineStart + m.end());
                out.add(at, Message.of("debris.text", m.group()), new Fix(Message.of("fix.remove", m.group()), List.of(new TextEdit(at, "")), true));
            }
        }
    }

    /** The line's text without the spaces around it. */
    private static TextRange content(SourceText source, int line) {
        String text = source.lineText(line);
        int start = source.lineStart(line);
        int lead = text.length() - text.stripLeading().length();
        int trail = text.length() - text.stripTrailing().length();
        return new TextRange(start + lead, start + text.length() - trail);
    }

    /** Removes the line with its line break (the one before it when it is the last line). */
    private static Fix removeLine(SourceText source, int line, String stripped) {
        TextRange range;
        if (line + 1 < source.lineCount()) range = new TextRange(source.lineStart(line), source.lineStart(line + 1));
        else if (line > 0) range = new TextRange(source.lineEnd(line - 1), source.lineEnd(line));
        else range = new TextRange(source.lineStart(line), source.lineEnd(line));
        return new Fix(Message.of("fix.removeLine", stripped), List.of(new TextEdit(range, "")), true);
    }

    private static int lastNonBlankLine(SourceText source) {
        for (int line = source.lineCount() - 1; line >= 0; line--) {
            if (!Spaces.strip(source.lineText(line)).isEmpty()) return line;
        }
        return -1;
    }
}

package gkreport.rules.prose;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Report;
import gkreport.model.Section;
import gkreport.rules.debris.Debris;
import gkreport.rules.years.DateLine;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The report's prose as sentences: the text lines after the title that are neither headings nor
 * tables. Lines of a paragraph are joined, because PDF extractions break sentences over lines and
 * page numbers; a paragraph ends at a table, a heading, a numbered line or a date line. Only the
 * first {@value #MAX_PROSE_CHARS} characters of the document are read.
 */
public final class ProseReader {
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String HEADING_ENDS = "。！？；!?;，,：:";
    /**
     * The prose read at most, in characters of the document: ten times a long real report. A longer
     * text is no report (a page of a whole site, a hostile file); its prose beyond is not read, so
     * that the prose rules keep within bounded memory.
     */
    static final int MAX_PROSE_CHARS = 1_000_000;
    private static final AtomicReference<Memo> LAST_READ = new AtomicReference<>(new Memo(new WeakReference<>(null), List.of()));

    private ProseReader() {
    }

    /**
     * The report's sentences. The prose rules of one analysis each ask for them; they are read once
     * and kept for the report last asked about (weakly, so that the report can go).
     */
    public static List<Sentence> sentences(Report report) {
        Memo memo = LAST_READ.get();
        if (memo.report().get() == report) return memo.sentences();
        List<Sentence> sentences = List.copyOf(read(report));
        LAST_READ.set(new Memo(new WeakReference<>(report), sentences));
        return sentences;
    }

    private record Memo(WeakReference<Report> report, List<Sentence> sentences) {
    }

    private static List<Sentence> read(Report report) {
        Map<TextLine, Integer> headings = new HashMap<>();
        for (Section s : report.sections()) headings.put(s.heading().line(), s.heading().spec().number());
        int titleEnd = report.title() == null ? 0 : report.title().range().end();
        String text = report.source().text();
        List<Sentence> out = new ArrayList<>();
        Prose.Builder paragraph = new Prose.Builder();
        int section = 0;
        for (Block block : report.document().blocks()) {
            if (!(block instanceof TextLine line)) {
                paragraph = flush(paragraph, section, out);
                continue;
            }
            if (line.range().start() < titleEnd) continue;
            if (line.range().end() > MAX_PROSE_CHARS) break;
            Integer heading = headings.get(line);
            if (heading != null) {
                paragraph = flush(paragraph, section, out);
                section = heading;
                continue;
            }
            if (Debris.isDebrisLine(line.text())) continue;
            TextRange content = line.contentRange();
            if (DateLine.parse(text.substring(content.start(), content.end())).isPresent()) {
                paragraph = flush(paragraph, section, out);
                continue;
            }
            if (line.prefix().hasNumeral()) paragraph = flush(paragraph, section, out);
            paragraph.append(text, content.start(), content.end());
            if (isHeading(line, text)) paragraph = flush(paragraph, section, out);
        }
        flush(paragraph, section, out);
        return out;
    }

    /** A numbered line without punctuation is a heading (「(一)组织领导方面」): it continues into no sentence. */
    private static boolean isHeading(TextLine line, String text) {
        if (!line.prefix().hasNumeral()) return false;
        String content = text.substring(line.contentRange().start(), line.contentRange().end());
        return content.chars().noneMatch(c -> HEADING_ENDS.indexOf(c) >= 0);
    }

    private static Prose.Builder flush(Prose.Builder paragraph, int section, List<Sentence> out) {
        if (paragraph.isEmpty()) return paragraph;
        Prose prose = paragraph.build();
        String t = prose.text();
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            if (i < t.length() && SENTENCE_ENDS.indexOf(t.charAt(i)) < 0) continue;
            if (i > start) out.add(new Sentence(prose.sub(start, i), section));
            start = i + 1;
        }
        return new Prose.Builder();
    }
}

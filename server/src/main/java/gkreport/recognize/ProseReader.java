package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.TextLine;
import gkreport.grammar.syntax.Document;
import gkreport.model.Prose;
import gkreport.model.Section;
import gkreport.model.Sentence;
import gkreport.model.Title;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The report's prose as sentences: the text lines after the title that are neither headings nor
 * tables. Lines of a paragraph are joined, because PDF extractions break sentences over lines and
 * page numbers; a paragraph ends at a table, a heading, a numbered line or a date line. Only the
 * first {@value #MAX_PROSE_CHARS} characters of the document are read.
 */
final class ProseReader {
    private static final String SENTENCE_ENDS = "。！？；!?;";
    private static final String HEADING_ENDS = "。！？；!?;，,：:";
    /**
     * The prose read at most, in characters of the document: ten times a long real report. A longer
     * text is no report (a page of a whole site, a hostile file); its prose beyond is not read, so
     * that the prose rules keep within bounded memory.
     */
    static final int MAX_PROSE_CHARS = 1_000_000;

    private ProseReader() {
    }

    /** The sentences of a document with this title and these sections. */
    static List<Sentence> sentences(Document document, Title title, List<Section> sections) {
        Map<TextLine, Integer> headings = new HashMap<>();
        for (Section s : sections) headings.put(s.heading().line(), s.heading().spec().number());
        int titleEnd = title == null ? 0 : title.range().end();
        String text = document.source().text();
        List<Sentence> out = new ArrayList<>();
        Prose.Builder paragraph = new Prose.Builder();
        int section = 0;
        for (Block block : document.blocks()) {
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
        return List.copyOf(out);
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

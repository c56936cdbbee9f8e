package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Block;
import gkreport.grammar.syntax.Numeral;
import gkreport.grammar.syntax.NumeralStyle;
import gkreport.grammar.syntax.TextLine;
import gkreport.model.Labels;
import gkreport.model.Section;
import gkreport.model.SectionHeading;
import gkreport.model.SectionSpec;
import gkreport.model.TableLabels;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Recognises the six section headings by their wording, whatever numeral they carry, so that a
 * heading numbered 「4、」 or garbled still opens its section and the rules can report it.
 */
final class SectionFinder {
    private static final int MAX_HEADING_LENGTH = 40;
    private static final double SIMILAR = 0.8;
    private static final double SIMILAR_WITH_TOP_NUMERAL = 0.6;
    private static final double SIMILAR_WITHOUT_NUMERAL = 0.9;
    /** 「表二：主动公开政府信息情况」 is a table's caption, not the section's heading. */
    private static final Pattern TABLE_CAPTION = Pattern.compile("^表[一二三四][：:、\s]");

    /** Each wording's similarity to each section's title or closest variant: reports repeat their headings. */
    private static final Map<String, double[]> SIMILARITIES = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 8192;

    private SectionFinder() {
    }

    static List<Section> find(List<Block> blocks, String source) {
        List<Section> sections = new ArrayList<>();
        SectionHeading current = null;
        List<Block> body = new ArrayList<>();
        for (Block block : blocks) {
            SectionHeading heading = block instanceof TextLine line ? heading(line, source) : null;
            if (heading != null) {
                if (current != null) sections.add(new Section(current, body));
                current = heading;
                body = new ArrayList<>();
            } else if (current != null) {
                body.add(block);
            }
        }
        if (current != null) sections.add(new Section(current, body));
        return sections;
    }

    /** The section heading this line is, or null. */
    static SectionHeading heading(TextLine line, String source) {
        Numeral numeral = line.prefix().numeral();
        if (numeral != null && (numeral.style() == NumeralStyle.CHINESE_FULLWIDTH_BRACKETS
                || numeral.style() == NumeralStyle.CHINESE_ASCII_BRACKETS || numeral.style() == NumeralStyle.ARABIC_BRACKETS)) {
            return null; // subsection numbering
        }
        String wording = source.substring(line.contentRange().start(), line.contentRange().end()).strip();
        if (wording.isEmpty() || wording.length() > MAX_HEADING_LENGTH || wording.contains("。") || wording.contains("，")
                || wording.contains("年度报告") || TABLE_CAPTION.matcher(wording).find() || TableLabels.isTableLabel(wording)) {
            return null;
        }
        SectionSpec best = null;
        double bestScore = 0;
        double[] similarities = similarities(wording);
        for (int i = 0; i < SectionSpec.ALL.size(); i++) {
            SectionSpec spec = SectionSpec.ALL.get(i);
            double score = score(similarities[i], wording, spec, numeral != null);
            if (score > bestScore) {
                best = spec;
                bestScore = score;
            }
        }
        double threshold = numeral == null ? SIMILAR_WITHOUT_NUMERAL
                : numeral.style() == NumeralStyle.CHINESE ? SIMILAR_WITH_TOP_NUMERAL : SIMILAR;
        if (best == null || bestScore < threshold) return null;
        TextRange numeralRange = numeral == null ? TextRange.at(line.contentRange().start())
                : line.range().sub(numeral.start(), numeral.start() + numeral.text().length());
        return new SectionHeading(best, line, numeral, numeralRange, wording, line.contentRange());
    }

    private static double[] similarities(String wording) {
        double[] known = SIMILARITIES.get(wording);
        if (known != null) return known;
        double[] scores = new double[SectionSpec.ALL.size()];
        for (int i = 0; i < scores.length; i++) {
            SectionSpec spec = SectionSpec.ALL.get(i);
            scores[i] = Labels.similarity(wording, spec.title());
            for (String variant : spec.variants()) scores[i] = Math.max(scores[i], Labels.similarity(wording, variant));
        }
        if (SIMILARITIES.size() > MEMO_LIMIT) SIMILARITIES.clear();
        SIMILARITIES.put(wording, scores);
        return scores;
    }

    /** A numbered heading holding the section's keywords counts as similar. */
    private static double score(double similarity, String wording, SectionSpec spec, boolean numbered) {
        double score = similarity;
        String n = Labels.normalize(wording);
        boolean allKeywords = spec.keywords().stream().allMatch(n::contains);
        if (numbered && allKeywords && n.length() <= spec.title().length() + 12) score = Math.max(score, SIMILAR);
        return score;
    }
}

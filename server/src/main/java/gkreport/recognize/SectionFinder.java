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
 *
 * <p>Three refinements keep it from seeing headings that are not there. A line without a numeral
 * is a heading only when its wording is the format's (「无其他需要报告的事项」 in bold is a
 * sentence). When two lines open the same section and one reads as its heading far better (「三、
 * 主动公开工作情况」, a part of 总体情况, against 「一、主动公开政府信息情况」 above table 二),
 * the weaker is no heading. And a section found by no wording is looked for by its numeral in
 * its place: 「六、需要说明的其他事项与附表」 after section 五 is section 六 under other words.
 */
final class SectionFinder {
    private static final int MAX_HEADING_LENGTH = 40;
    private static final double SIMILAR = 0.8;
    private static final double SIMILAR_WITH_TOP_NUMERAL = 0.6;
    /** A line without numeral or marks must read as the heading itself; with Markdown marks, nearly. */
    private static final double SIMILAR_WITHOUT_NUMERAL = 0.9;
    /** A heading clearly better than another of the same section: this much more similar. */
    private static final double CLEARLY_BETTER = 0.15;
    /** The least similarity of a heading found by its numeral and place. */
    private static final double SIMILAR_IN_PLACE = 0.35;
    /** 「表二：主动公开政府信息情况」 is a table's caption, not the section's heading. */
    private static final Pattern TABLE_CAPTION = Pattern.compile("^表[一二三四][：:、\\s]");

    /** Each wording's similarity to each section's title or closest variant: reports repeat their headings. */
    private static final Map<String, double[]> SIMILARITIES = new ConcurrentHashMap<>();
    private static final int MEMO_LIMIT = 8192;

    private SectionFinder() {
    }

    static List<Section> find(List<Block> blocks, String source) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            if (!(blocks.get(i) instanceof TextLine line)) continue;
            Candidate c = candidate(line, source, i);
            if (c != null) candidates.add(c);
        }
        List<Candidate> headings = withoutWeakerTwins(candidates);
        addFoundInPlace(headings, blocks, source);
        return sections(headings, blocks);
    }

    /** The section heading this line is, or null. */
    static SectionHeading heading(TextLine line, String source) {
        Candidate c = candidate(line, source, -1);
        return c == null ? null : c.heading;
    }

    /** A line read as a section heading, with how well its wording matches, at its block index. */
    private record Candidate(SectionHeading heading, double score, int index) {
    }

    private static Candidate candidate(TextLine line, String source, int index) {
        Numeral numeral = line.prefix().numeral();
        if (numeral != null && isSubsectionStyle(numeral)) return null;
        String wording = wording(line, source);
        if (wording == null) return null;
        SectionSpec best = null;
        double bestScore = 0;
        double[] similarities = similarities(wording);
        String normalized = Labels.normalize(wording);
        for (int i = 0; i < SectionSpec.ALL.size(); i++) {
            SectionSpec spec = SectionSpec.ALL.get(i);
            double score = score(similarities[i], normalized, spec, numeral != null);
            if (score > bestScore) {
                best = spec;
                bestScore = score;
            }
        }
        if (best == null || bestScore < threshold(line, numeral)) return null;
        if (numeral == null && line.prefix().marksEnd() == 0 && !isExactly(wording, best)) return null;
        return new Candidate(heading(best, line, numeral, wording, false), bestScore, index);
    }

    private static double threshold(TextLine line, Numeral numeral) {
        if (numeral == null) return SIMILAR_WITHOUT_NUMERAL;
        return numeral.style() == NumeralStyle.CHINESE ? SIMILAR_WITH_TOP_NUMERAL : SIMILAR;
    }

    private static boolean isSubsectionStyle(Numeral numeral) {
        return numeral.style() == NumeralStyle.CHINESE_FULLWIDTH_BRACKETS
                || numeral.style() == NumeralStyle.CHINESE_ASCII_BRACKETS || numeral.style() == NumeralStyle.ARABIC_BRACKETS;
    }

    /** The wording after the numeral when the line may be a heading at all: short, no sentence, no table label; else null. */
    private static String wording(TextLine line, String source) {
        String wording = source.substring(line.contentRange().start(), line.contentRange().end()).strip();
        if (wording.isEmpty() || wording.length() > MAX_HEADING_LENGTH || wording.contains("。") || wording.contains("，")
                || wording.contains("年度报告") || TABLE_CAPTION.matcher(wording).find() || TableLabels.isTableLabel(wording)) {
            return null;
        }
        return wording;
    }

    /** The wording is the section's title or one of its variants, normalised. */
    private static boolean isExactly(String wording, SectionSpec spec) {
        String n = Labels.normalize(wording);
        return n.equals(Labels.normalize(spec.title())) || spec.variants().stream().anyMatch(v -> Labels.normalize(v).equals(n));
    }

    /** Of lines opening the same section, those clearly less like its heading than the best are none. */
    private static List<Candidate> withoutWeakerTwins(List<Candidate> candidates) {
        double[] best = new double[SectionSpec.ALL.size() + 1];
        for (Candidate c : candidates) best[number(c)] = Math.max(best[number(c)], c.score);
        return new ArrayList<>(candidates.stream().filter(c -> c.score > best[number(c)] - CLEARLY_BETTER).toList());
    }

    /**
     * For each section no wording opened, a line numbered with its top-level numeral, standing
     * between the headings of the sections before and after it, whose wording is somewhat like
     * the section's: its heading in other words.
     */
    private static void addFoundInPlace(List<Candidate> headings, List<Block> blocks, String source) {
        for (SectionSpec spec : SectionSpec.ALL) {
            if (headings.stream().anyMatch(c -> number(c) == spec.number())) continue;
            int from = lastIndexBefore(headings, spec.number());
            int to = firstIndexAfter(headings, spec.number(), blocks.size());
            for (int i = from + 1; i < to; i++) {
                if (!(blocks.get(i) instanceof TextLine line)) continue;
                Numeral numeral = line.prefix().numeral();
                if (numeral == null || numeral.style() != NumeralStyle.CHINESE || numeral.value() != spec.number()) continue;
                String wording = wording(line, source);
                if (wording == null || similarities(wording)[spec.number() - 1] < SIMILAR_IN_PLACE) continue;
                headings.add(new Candidate(heading(spec, line, numeral, wording, true), 0, i));
                headings.sort((a, b) -> Integer.compare(a.index, b.index));
                break;
            }
        }
    }

    private static int lastIndexBefore(List<Candidate> headings, int number) {
        int index = -1;
        for (Candidate c : headings) if (number(c) < number) index = Math.max(index, c.index);
        return index;
    }

    private static int firstIndexAfter(List<Candidate> headings, int number, int end) {
        int index = end;
        for (Candidate c : headings) if (number(c) > number) index = Math.min(index, c.index);
        return index;
    }

    private static int number(Candidate c) {
        return c.heading.spec().number();
    }

    private static List<Section> sections(List<Candidate> headings, List<Block> blocks) {
        List<Section> sections = new ArrayList<>();
        for (int h = 0; h < headings.size(); h++) {
            int start = headings.get(h).index + 1;
            int end = h + 1 < headings.size() ? headings.get(h + 1).index : blocks.size();
            sections.add(new Section(headings.get(h).heading, new ArrayList<>(blocks.subList(start, end))));
        }
        return sections;
    }

    private static SectionHeading heading(SectionSpec spec, TextLine line, Numeral numeral, String wording, boolean byPosition) {
        TextRange numeralRange = numeral == null ? TextRange.at(line.contentRange().start())
                : line.range().sub(numeral.start(), numeral.start() + numeral.text().length());
        return new SectionHeading(spec, line, numeral, numeralRange, wording, line.contentRange(), byPosition);
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
    private static double score(double similarity, String normalized, SectionSpec spec, boolean numbered) {
        if (!numbered || normalized.length() > spec.title().length() + 12) return similarity;
        for (String keyword : spec.keywords()) {
            if (!normalized.contains(keyword)) return similarity;
        }
        return Math.max(similarity, SIMILAR);
    }
}

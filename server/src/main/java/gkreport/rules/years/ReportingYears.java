package gkreport.rules.years;

import gkreport.model.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where the prose names the year it reports on, outside section 五 (which may plan for the
 * next year and look back at the last). A year counts only where it clearly sets the topic: it
 * opens a sentence or clause and is followed by a comma, 「全年」, a subject (我/本/全/该/共) or the
 * agency's name; or the report names itself (「现将…2020年…报告」). A year inside a list, a
 * document title or a comparison (「2023年度部门决算」「与2019年相比」) does not count, nor does
 * 「2020年以来」, which a later report may well say.
 */
public final class ReportingYears {
    private static final int PLANS_SECTION = 5;
    private static final Pattern TOPIC = Pattern.compile(
            "(?:^|[，,；;：:])(?:在|于)?(?<y>(?:19|20)\\d{2})年(?:度)?(?=(?<after>[，,]|全年|期间|[我本全该共])?)");
    private static final Pattern SELF_REFERENCE = Pattern.compile(
            "(?:现将|现公布|现予公布|现向社会公布|现予以公布|编制了?|编制完成)[^。；]{0,30}?(?<y>(?:19|20)\\d{2})年(?:度)?(?=[^。；]{0,25}?报告)");
    private static final Pattern GENERIC_SUFFIX = Pattern.compile("(?:人民政府办公室|人民政府办公厅|人民政府|政府|街道办事处|办事处|管理委员会|委员会)$");
    private static final int SHORTEST_NAME = 2;

    private ReportingYears() {
    }

    /** @param agency the agency named in the title, or null; a year followed by part of it sets the topic */
    public static List<YearMention> find(List<Sentence> sentences, String agency) {
        List<YearMention> out = new ArrayList<>();
        for (Sentence s : sentences) {
            if (s.section() == PLANS_SECTION) continue;
            String text = s.text();
            Matcher m = TOPIC.matcher(text);
            while (m.find()) {
                int end = m.end();
                if (m.group("after") != null || followedByAgency(text, end, agency)) {
                    out.add(new YearMention(Integer.parseInt(m.group("y")), s.prose().range(m.start("y"), end), YearMention.Kind.TOPIC));
                }
            }
            m = SELF_REFERENCE.matcher(text);
            while (m.find()) {
                out.add(new YearMention(Integer.parseInt(m.group("y")), s.prose().range(m.start("y"), m.end()),
                        YearMention.Kind.SELF_REFERENCE));
            }
        }
        out.sort((a, b) -> Integer.compare(a.range().start(), b.range().start()));
        return out;
    }

    /**
     * Whether the text at {@code at} names the agency the way prose shortens it: the end of its name
     * without 「人民政府」 and the like (「桦川县创业乡」 → 「创业乡」, 「…沐石河街道办事处」 → 「沐石河街道」).
     */
    private static boolean followedByAgency(String text, int at, String agency) {
        if (agency == null) return false;
        String core = GENERIC_SUFFIX.matcher(agency.replaceAll("\\s", "")).replaceAll("");
        for (int k = core.length(); k >= SHORTEST_NAME; k--) {
            if (text.startsWith(core.substring(core.length() - k), at)) return true;
        }
        return false;
    }
}

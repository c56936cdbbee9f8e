package gkreport.rules.prose;

import gkreport.grammar.TextRange;
import gkreport.model.Prose;
import gkreport.model.Sentence;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the statements of a sentence that count what the tables count: 「共收到政府信息公开申请5件」,
 * 「上年结转2件」, 「予以公开9件」, 「行政复议1件」.
 *
 * <p>Precision first: a phrase must name the quantity right before (or right after) its number and
 * 「件」; 「咨询126次」, 「公开的事项共224项」, dates and phone numbers never match. A statement is left
 * out when its sentence is not clearly about this report's own figures: another year is named
 * before it, it compares with last year, it counts a wider scope (全市, 各部门), or its clause
 * names a sub-count (其中通过网络…, 属于国家秘密…) or another kind of case (咨询, 信访, 建议).
 */
public final class StatementFinder {
    private static final String NUM = "(?<n>\\d{1,7}|[零〇一二两三四五六七八九十]{1,3})";
    private static final String NUM_FIRST = "(?<![\\d.])" + NUM;
    private static final String TOTAL = "(?:共计|合计|总计|累计|共)?";
    private static final String FILL = "(?:共计|合计|总计|累计|共|计)?(?:数量|总数|数)?(?:为|达|是|有)?";
    private static final String APPLICATION = "(?:(?:政府信息公开|信息公开|依申请公开|依申请信息公开|政府信息|公开)申请|依申请(?:信息)?公开|申请)";
    private static final String RECEIVE = "(?:新收|收到|受理|接收|接到)(?:了)?";
    private static final List<String> RECEIVE_WORDS = List.of("新收", "收到", "受理", "接收", "接到");
    private static final String NEXT_YEAR = "下(?:一)?(?:个)?年(?:度)?";
    private static final String OUTCOME = "(?:予以公开|同意公开|全部公开|部分公开|不予公开|无法提供|不予处理|其他处理)";
    private static final Map<String, Quantity> OUTCOMES = Map.of(
            "予以公开", Quantity.PUBLISHED, "同意公开", Quantity.PUBLISHED, "全部公开", Quantity.PUBLISHED,
            "部分公开", Quantity.PARTLY_PUBLISHED, "不予公开", Quantity.WITHHELD, "无法提供", Quantity.UNAVAILABLE,
            "不予处理", Quantity.NOT_PROCESSED, "其他处理", Quantity.OTHER_HANDLED);

    private static final Pattern OTHER_CASES = Pattern.compile("咨询|建议|提案|信访|投诉|举报|热线|留言|来电|来信|12345");
    private static final Pattern SUB_COUNT = Pattern.compile("其中|通过|网上|网络|当面|信函|邮寄|传真|电子邮件|自然人|法人");
    private static final Pattern SUB_REASON = Pattern.compile(
            "属于|国家秘密|第三方|内部事务|过程性|执法案卷|查询事项|不掌握|另行制作|不明确|信访|重复申请|出版物|反复申请|确认|逾期|撤回");
    private static final Pattern COMPARISON = Pattern.compile("同比|去年|上年同期|[较比与]上一?年");
    private static final Pattern WIDER_SCOPE = Pattern.compile("全[市县区省州旗盟]|各(?:部门|单位|乡镇|街道|级)|全系统|[县市区]直");
    private static final Pattern YEAR = Pattern.compile("((?:19|20)\\d{2})年");
    private static final Pattern CASE_JOINED = Pattern.compile("(?:行政)?(?:复议|诉讼)(?:案件)?[、和及与或]$");
    private static final String CLAUSE_ENDS = "，,：:（(";
    /** Every phrase counts in 「件」: a sentence without it states nothing, and most sentences are skipped at once. */
    private static final char COUNT_WORD = '件';

    private static final List<Phrase> PHRASES = List.of(
            new Phrase(Quantity.LITIGATION_DIRECT, Guard.CASE, List.of("直接"),
                    "(?:未经复议)?直接(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?" + FILL + NUM + "件"),
            new Phrase(Quantity.LITIGATION_AFTER_REVIEW, Guard.CASE, List.of("复议后"),
                    "复议后(?:提起)?(?:行政)?(?:诉讼|起诉)(?:案件)?" + FILL + NUM + "件"),
            new Phrase(Quantity.REVIEW, Guard.CASE, List.of("行政复议"),
                    "(?:被申请|申请|提起|发生|涉及)?(?:政府信息公开)?行政复议(?:申请|案件|案)?" + FILL + NUM + "件"),
            new Phrase(Quantity.REVIEW, Guard.CASE, List.of("行政复议"),
                    NUM_FIRST + "件(?:涉及|有关|关于)?(?:政府信息公开)?(?:工作)?(?:的)?行政复议"),
            new Phrase(Quantity.LITIGATION, Guard.CASE, List.of("行政诉讼"),
                    "(?:被提起|提起|发生|涉及)?(?:政府信息公开)?行政诉讼(?:案件|案)?" + FILL + NUM + "件"),
            new Phrase(Quantity.LITIGATION, Guard.CASE, List.of("行政诉讼"),
                    NUM_FIRST + "件(?:涉及|有关|关于)?(?:政府信息公开)?(?:工作)?(?:的)?行政诉讼"),
            new Phrase(Quantity.RECEIVED, Guard.APPLICATIONS, RECEIVE_WORDS,
                    TOTAL + RECEIVE + "(?:各类|群众|公众|公民)?(?:的)?" + APPLICATION + FILL + NUM + "件"),
            new Phrase(Quantity.RECEIVED, Guard.APPLICATIONS, RECEIVE_WORDS,
                    TOTAL + RECEIVE + "(?:各类)?" + NUM + "件(?:政府信息公开|信息公开|依申请公开)?申请"),
            new Phrase(Quantity.CARRIED_IN, Guard.APPLICATIONS, List.of("结转"),
                    "上(?:一)?年(?:度)?结转(?:的|下来的)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?" + FILL + NUM + "件"),
            new Phrase(Quantity.CARRIED_OUT, Guard.APPLICATIONS, List.of("转", "顺延", "延至"),
                    "(?:结转|转入|转至|转到|顺延|延至|转)(?:至|到|入)?" + NEXT_YEAR
                            + "(?:继续)?(?:办理|答复|处理)*(?:的)?(?:政府信息公开|信息公开)?(?:申请)?" + FILL + NUM + "件"),
            new Phrase(Quantity.CARRIED_OUT, Guard.APPLICATIONS, List.of("转", "顺延", "延期", "延至"),
                    NUM_FIRST + "件(?:申请)?(?:将|需|需要|已)?(?:结转|转入|转至|转到|顺延|延期|延至)(?:至|到|入)?" + NEXT_YEAR),
            new Phrase(null, Guard.OUTCOMES, List.copyOf(OUTCOMES.keySet()),
                    "(?<terms>" + OUTCOME + "(?:(?:及|和|与|、|或)" + OUTCOME + ")*)(?:答复|决定)?(?:的)?(?:申请)?" + FILL + NUM + "件"
                            + "(?:[（(，,]?(?:占比|约占|占)?(?<p>\\d{1,3}(?:\\.\\d{1,4})?)%)?"),
            new Phrase(Quantity.CONCLUDED, Guard.CONCLUDED, List.of("办结", "答复", "办理完毕"),
                    TOTAL + "(?:已)?(?<!延期|按时|按期|逾期|超期|及时|当场|当日|限期)(?:办结|答复|办理完毕|完成答复|作出答复|予以答复)(?:了)?"
                            + "(?:各类)?(?:政府信息公开|信息公开|依申请公开)?(?:申请)?" + FILL + NUM + "件"));

    private final Integer reportYear;

    /** @param reportYear the year the report covers, or null when the title names none */
    public StatementFinder(Integer reportYear) {
        this.reportYear = reportYear;
    }

    public List<Statement> find(Sentence sentence) {
        String text = sentence.text();
        if (text.indexOf(COUNT_WORD) < 0) return List.of();
        List<Statement> found = new ArrayList<>();
        List<int[]> taken = new ArrayList<>();
        for (Phrase phrase : PHRASES) {
            if (!phrase.mayMatch(text)) continue;
            Matcher m = phrase.pattern.matcher(text);
            while (m.find()) {
                if (overlaps(taken, m.start(), m.end())) continue;
                long count = CountWord.value(m.group("n"));
                if (count < 0 || !accepted(phrase, sentence, m)) continue;
                List<Quantity> quantities = phrase.quantity != null ? List.of(phrase.quantity) : outcomes(m.group("terms"));
                found.add(new Statement(quantities, count, sentence.prose().range(m.start(), m.end()), percent(phrase, sentence, m)));
                taken.add(new int[] {m.start(), m.end()});
            }
        }
        found.sort(Comparator.comparingInt(s -> s.range().start()));
        return found;
    }

    private boolean accepted(Phrase phrase, Sentence sentence, Matcher m) {
        String text = sentence.text();
        String before = text.substring(0, m.start());
        String clause = before.substring(clauseStart(before));
        if (namesAnotherYear(before) || COMPARISON.matcher(before).find() || WIDER_SCOPE.matcher(before).find()) return false;
        return switch (phrase.guard) {
            case APPLICATIONS -> !OTHER_CASES.matcher(clause).find() && !SUB_COUNT.matcher(clause).find();
            case CONCLUDED -> text.contains("申请") && !OTHER_CASES.matcher(clause).find() && !SUB_COUNT.matcher(clause).find();
            case OUTCOMES -> !SUB_REASON.matcher(clause).find() || clause.contains("等");
            case CASE -> (text.contains("公开") || sentence.section() == 4) && !CASE_JOINED.matcher(before).find();
        };
    }

    private boolean namesAnotherYear(String before) {
        Matcher y = YEAR.matcher(before);
        while (y.find()) {
            if (reportYear == null || Integer.parseInt(y.group(1)) != reportYear) return true;
        }
        return false;
    }

    private static int clauseStart(String before) {
        for (int i = before.length() - 1; i >= 0; i--) {
            if (CLAUSE_ENDS.indexOf(before.charAt(i)) >= 0) return i + 1;
        }
        return 0;
    }

    private static List<Quantity> outcomes(String terms) {
        List<Quantity> out = new ArrayList<>();
        Matcher t = Pattern.compile(OUTCOME).matcher(terms);
        while (t.find()) out.add(OUTCOMES.get(t.group()));
        return out;
    }

    private static Statement.Percent percent(Phrase phrase, Sentence sentence, Matcher m) {
        if (phrase.guard != Guard.OUTCOMES || m.group("p") == null) return null;
        TextRange range = sentence.prose().range(m.start("p"), m.end());
        return new Statement.Percent(new BigDecimal(m.group("p")), range);
    }

    private static boolean overlaps(List<int[]> taken, int start, int end) {
        return taken.stream().anyMatch(t -> start < t[1] && t[0] < end);
    }

    /** Which context a phrase needs to count as a statement of this report's figure. */
    private enum Guard {
        /** Applications received, carried in or out: not another kind of case, not a sub-count. */
        APPLICATIONS,
        /** 办结/答复: as APPLICATIONS, and the sentence speaks of 申请. */
        CONCLUDED,
        /** Outcomes: not one of the reasons inside an outcome group, unless summed up with 「等」. */
        OUTCOMES,
        /** 行政复议/行政诉讼: about disclosure (the sentence says 公开, or section 四), not two kinds counted together. */
        CASE
    }

    /**
     * A way of stating a quantity.
     *
     * @param words one of them stands in every match: a text without any is not searched
     */
    private record Phrase(Quantity quantity, Guard guard, List<String> words, Pattern pattern) {
        Phrase(Quantity quantity, Guard guard, List<String> words, String regex) {
            this(quantity, guard, words, Pattern.compile(regex));
        }

        boolean mayMatch(String text) {
            for (String w : words) {
                if (text.contains(w)) return true;
            }
            return false;
        }
    }
}

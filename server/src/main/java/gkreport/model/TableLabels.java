package gkreport.model;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;

/**
 * Every row and group label of the tables in both formats. Text extracted from a PDF often
 * writes a table's labels as lines of prose (「（三）不予公开」「4.保护第三方合法权益」), or breaks
 * them over lines (「（三）不」/「予公开」); such a line is a table label, never a heading or a
 * numbered paragraph.
 */
public final class TableLabels {
    private static final double SAME = 0.85;
    /** A start shorter than a numeral and one character could be anything. */
    private static final int MIN_START = 3;
    /** 「1、」 for the format's 「1.」. */
    private static final Pattern ITEM_DUN = Pattern.compile("^(\\d+)、");

    private static final List<String> CORES = cores();
    private static final Set<String> EXACT = Set.copyOf(CORES);
    private static final LabelMatcher<String> MATCHER = new LabelMatcher<>(CORES, Function.identity());
    /** Every label of table 三 as written, numeral included, normalised. */
    private static final List<String> NUMBERED = List.copyOf(table3Labels(Labels::normalize));

    private TableLabels() {
    }

    public static boolean isTableLabel(String text) {
        return EXACT.contains(Labels.core(text)) || MATCHER.best(text, SAME) != null;
    }

    /**
     * A table label, or the start of one that a PDF extraction broke over lines, numeral included:
     * 「（三）不」 of 「（三）不予公开」, 「5.要求行政机关确认或重新出」.
     */
    public static boolean isTableLabelOrStart(String text) {
        if (isTableLabel(text)) return true;
        String n = ITEM_DUN.matcher(Labels.normalize(text)).replaceFirst("$1.");
        if (n.length() < MIN_START) return false;
        for (String label : NUMBERED) {
            if (label.startsWith(n)) return true;
        }
        return false;
    }

    private static List<String> cores() {
        Set<String> labels = table3Labels(Labels::core);
        for (TemplateVersion v : TemplateVersion.values()) {
            for (Table2Spec.BlockSpec b : Table2Spec.blocks(v)) {
                b.rows().forEach(r -> labels.add(Labels.core(r)));
            }
        }
        return List.copyOf(labels);
    }

    /** The row and group labels of table 三 in both formats, each in the given form. */
    private static Set<String> table3Labels(UnaryOperator<String> form) {
        Set<String> labels = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            for (RowSpec r : Table3Spec.rows(v)) {
                labels.add(form.apply(r.label()));
                if (r.group() != null) labels.add(form.apply(r.group()));
            }
        }
        return labels;
    }
}

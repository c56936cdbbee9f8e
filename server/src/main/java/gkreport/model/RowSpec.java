package gkreport.model;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A data row of a table in a format.
 *
 * @param key   stable key, e.g. 「R3.3.1」 (report-format.md)
 * @param label the exact label of the format
 * @param group the label of the merged group cell on its left, or null
 */
public record RowSpec(String key, String label, String group) {
    private static final Pattern DISTINCTION_NOTE = Pattern.compile("（区分处理的.*）$");

    /**
     * The label as a reader names the row: with its group when the label alone is ambiguous
     * (「（三）不予公开 1.属于国家秘密」), without the format's long notes (「（二）部分公开」).
     */
    public String displayLabel() {
        return DISPLAY_LABELS.computeIfAbsent(this, RowSpec::computeDisplayLabel);
    }

    /** The formats' rows are a few hundred constants: each display label is made once. */
    private static final Map<RowSpec, String> DISPLAY_LABELS = new ConcurrentHashMap<>();

    private String computeDisplayLabel() {
        String shortLabel = DISTINCTION_NOTE.matcher(label).replaceFirst("");
        boolean groupNeeded = group != null && !group.startsWith("三、");
        return groupNeeded ? group + " " + shortLabel : shortLabel;
    }
}

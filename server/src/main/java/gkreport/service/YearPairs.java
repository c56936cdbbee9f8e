package gkreport.service;

import gkreport.rules.crossyear.CrossYearKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which members of a list of reports are the same agency's reports of consecutive years, from
 * their keys alone ({@link ReportSet#key}): for each, the members of the year before (in the
 * list's order), and how many members of the year after need it. A batch that cannot hold every
 * report at once schedules with it: a member's {@link gkreport.rules.crossyear.LastYearReport} is
 * kept only while members of the year after are still to be checked.
 */
public final class YearPairs {
    private static final int[] NONE = new int[0];

    private final int[][] lastYears;
    private final int[] nextYears;

    private YearPairs(int[][] lastYears, int[] nextYears) {
        this.lastYears = lastYears;
        this.nextYears = nextYears;
    }

    /** @param keys each member's key, or null for a member without one */
    public static YearPairs of(List<CrossYearKey> keys) {
        Map<CrossYearKey, List<Integer>> byKey = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            if (keys.get(i) != null) byKey.computeIfAbsent(keys.get(i), k -> new ArrayList<>()).add(i);
        }
        int[][] lastYears = new int[keys.size()][];
        int[] nextYears = new int[keys.size()];
        for (int i = 0; i < keys.size(); i++) {
            CrossYearKey key = keys.get(i);
            List<Integer> before = key == null ? List.of() : byKey.getOrDefault(key.lastYear(), List.of());
            lastYears[i] = before.isEmpty() ? NONE : before.stream().mapToInt(Integer::intValue).toArray();
            for (int b : lastYears[i]) nextYears[b]++;
        }
        return new YearPairs(lastYears, nextYears);
    }

    /** The members of the year before this member's, in the list's order. */
    public int[] lastYears(int member) {
        return lastYears[member];
    }

    /** How many members are of the year after this member's. */
    public int nextYears(int member) {
        return nextYears[member];
    }
}

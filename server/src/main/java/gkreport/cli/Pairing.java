package gkreport.cli;

import gkreport.rules.crossyear.CrossYearKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which files of a check are the same agency's reports of consecutive years, from their keys
 * alone: for each file, the files of the year before (in the files' order), and how many files
 * of the year after need it.
 */
final class Pairing {
    private static final int[] NONE = new int[0];

    private final int[][] lastYears;
    private final int[] nextYears;

    private Pairing(int[][] lastYears, int[] nextYears) {
        this.lastYears = lastYears;
        this.nextYears = nextYears;
    }

    /** @param keys each file's key, or null for a file without one */
    static Pairing of(List<CrossYearKey> keys) {
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
        return new Pairing(lastYears, nextYears);
    }

    /** The files of the year before the file's, in the files' order. */
    int[] lastYears(int file) {
        return lastYears[file];
    }

    /** How many files are of the year after the file's. */
    int nextYears(int file) {
        return nextYears[file];
    }
}

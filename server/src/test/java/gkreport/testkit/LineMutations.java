package gkreport.testkit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;

/**
 * The edits a careless hand or a converter makes to a report's lines, drawn from a seeded random
 * source so that a case repeats: a line deleted, doubled or swapped with another, a number or a
 * numeral changed, a blank line inserted, a label cut in two or missing a character, tabs and
 * spaces exchanged, trailing spaces, a CRLF line end among LF ones.
 *
 * @param text  the mutated text
 * @param edits what was done where (「swap@52 number@33」), to tell a failing case
 */
public record LineMutations(String text, String edits) {
    private static final String[] NUMERALS = {"一、", "二、", "三、", "四、", "五、", "六、", "（一）", "（二）", "（七）", "1.", "2、"};

    /** One to three edits of the text. */
    public static LineMutations of(String text, Random random) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        StringBuilder edits = new StringBuilder();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            int at = random.nextInt(lines.size());
            String line = lines.get(at);
            String edit = switch (random.nextInt(10)) {
                case 0 -> {
                    lines.remove(at);
                    yield "delete";
                }
                case 1 -> {
                    lines.add(at, line);
                    yield "duplicate";
                }
                case 2 -> {
                    int other = random.nextInt(lines.size());
                    lines.set(at, lines.get(other));
                    lines.set(other, line);
                    yield "swap";
                }
                case 3 -> set(lines, at, changeNumber(line, random), "number");
                case 4 -> set(lines, at, changeNumeral(line, random), "numeral");
                case 5 -> {
                    lines.add(at, "");
                    yield "blank";
                }
                case 6 -> set(lines, at, breakLabel(line, random), "label");
                case 7 -> set(lines, at, random.nextBoolean() ? line.replace("\t", "    ") : line.replace("  ", "\t"), "tabs");
                case 8 -> set(lines, at, line + (random.nextBoolean() ? "  " : "\u3000"), "trailing");
                default -> set(lines, at, line + "\r", "crlf");
            };
            edits.append(edit).append('@').append(at + 1).append(' ');
        }
        return new LineMutations(String.join("\n", lines), edits.toString().strip());
    }

    private static String set(List<String> lines, int at, String line, String edit) {
        lines.set(at, line);
        return edit;
    }

    private static String changeNumber(String line, Random random) {
        for (int i = 0; i < line.length(); i++) {
            if (Character.isDigit(line.charAt(i)) && random.nextInt(3) == 0) {
                return line.substring(0, i) + random.nextInt(100) + line.substring(i + 1);
            }
        }
        return line;
    }

    private static String changeNumeral(String line, Random random) {
        String replacement = NUMERALS[random.nextInt(NUMERALS.length)];
        for (String numeral : NUMERALS) {
            if (line.contains(numeral)) return line.replaceFirst(Pattern.quote(numeral), replacement);
        }
        return replacement + line;
    }

    /** A label cut in two lines, or missing a character. */
    private static String breakLabel(String line, Random random) {
        if (line.length() < 4) return line;
        int at = 1 + random.nextInt(line.length() - 2);
        return random.nextBoolean() ? line.substring(0, at) + "\n" + line.substring(at) : line.substring(0, at) + line.substring(at + 1);
    }
}

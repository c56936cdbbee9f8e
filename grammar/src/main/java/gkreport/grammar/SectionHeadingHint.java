package gkreport.grammar;

import java.util.regex.Pattern;

/**
 * Tells whether a line opens one of the report's six sections, whatever its numeral style.
 * The grammar uses it so that a section heading written right after a Tika cell is not taken
 * for the cell's continuation.
 */
public final class SectionHeadingHint {
    private static final Pattern OPENS_SECTION = Pattern.compile(
            "^[#*\\s\\u3000]*(?:[一二三四五六]|[1-6１-６])\\s*[、.．,，]\\s*"
                    + "(?:总体情况|主动公开|收到和处理|.{0,12}行政复议|.{0,8}存在的主要问题|其他需要报告)");

    private SectionHeadingHint() {
    }

    public static boolean opensSection(String line) {
        return OPENS_SECTION.matcher(line).find();
    }
}

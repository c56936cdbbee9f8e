package gkreport.importer.pdf;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Drops page numbers: a line near the top or bottom edge of the page that holds nothing but a
 * number, bare or dressed as 「-3-」「- 3 -」「— 3 —」「第3页」「第 3 页 共 5 页」「3/5」.
 */
final class PageFurniture {
    /** The header zone, as a share of the page height from the top. */
    private static final double HEADER = 0.10;
    /** The footer zone, as a share of the page height from the bottom. */
    private static final double FOOTER = 0.14;
    private static final String DASHES = "[-—–－―‐‑~～·•\\s]*";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            DASHES + "(?:第\\s*)?\\d{1,4}(?:\\s*页)?(?:\\s*(?:/|共)\\s*\\d{1,4}\\s*页?)?" + DASHES);

    private PageFurniture() {
    }

    static List<TextLine> withoutPageNumbers(List<TextLine> lines, double pageHeight) {
        return lines.stream().filter(line -> !isPageNumber(line, pageHeight)).toList();
    }

    static boolean isPageNumber(TextLine line, double pageHeight) {
        boolean inMargin = line.bottom() < HEADER * pageHeight || line.top() > (1 - FOOTER) * pageHeight;
        return inMargin && PAGE_NUMBER.matcher(line.text()).matches();
    }
}

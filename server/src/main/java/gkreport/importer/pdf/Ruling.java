package gkreport.importer.pdf;

/**
 * A straight horizontal or vertical line painted on a page, a candidate cell border: at {@code at}
 * (y of a horizontal line, x of a vertical one) from {@code from} to {@code to} along it, in points
 * from the page's top-left corner, y growing downwards.
 */
record Ruling(boolean horizontal, double at, double from, double to) {
    Ruling {
        if (from > to) {
            double swap = from;
            from = to;
            to = swap;
        }
    }
}

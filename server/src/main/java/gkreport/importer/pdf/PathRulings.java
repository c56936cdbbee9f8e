package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * The path a page is building, and the rulings it leaves when painted. A stroked straight
 * horizontal or vertical segment is a ruling; so is a filled rectangle at most {@link #THIN}
 * points thick (word processors such as WPS draw borders that way), along its middle; a larger
 * filled rectangle is a shaded background, and its edges are rulings unless it is white (WPS
 * paints every cell white under its borders). Clipping paths paint nothing. Points come in PDF
 * user space and leave in page space ({@link PageFrame}).
 */
final class PathRulings {
    /** A filled rectangle at most this thick, in points, is a line. */
    static final double THIN = 3;
    /** How far a segment may lean, in points, and still count as horizontal or vertical. */
    private static final double STRAIGHT = 0.5;

    private final PageFrame frame;
    private final List<List<double[]>> subpaths = new ArrayList<>();
    private final List<Boolean> closed = new ArrayList<>();
    private final List<Ruling> rulings = new ArrayList<>();
    private int painted;

    PathRulings(PageFrame frame) {
        this.frame = frame;
    }

    void moveTo(double x, double y) {
        subpaths.add(new ArrayList<>());
        closed.add(false);
        current().add(point(x, y));
    }

    void lineTo(double x, double y) {
        if (subpaths.isEmpty()) moveTo(x, y);
        else current().add(point(x, y));
    }

    void closePath() {
        if (!closed.isEmpty()) closed.set(closed.size() - 1, true);
    }

    void rectangle(double x0, double y0, double x1, double y1, double x2, double y2, double x3, double y3) {
        moveTo(x0, y0);
        lineTo(x1, y1);
        lineTo(x2, y2);
        lineTo(x3, y3);
        closePath();
    }

    /** The path ends without being painted (after a clip, or {@code n}). */
    void discard() {
        subpaths.clear();
        closed.clear();
    }

    void stroke() {
        for (int s = 0; s < subpaths.size(); s++) {
            List<double[]> points = subpaths.get(s);
            int n = points.size();
            int edges = closed.get(s) ? n : n - 1;
            for (int i = 0; i < edges; i++) segment(points.get(i), points.get((i + 1) % n));
        }
        discard();
    }

    void fill(boolean white) {
        for (List<double[]> points : subpaths) filledRectangle(points, white);
        discard();
    }

    void fillAndStroke(boolean white) {
        List<List<double[]>> kept = List.copyOf(subpaths);
        List<Boolean> keptClosed = List.copyOf(closed);
        fill(white);
        subpaths.addAll(kept);
        closed.addAll(keptClosed);
        stroke();
    }

    List<Ruling> rulings() {
        return rulings;
    }

    private List<double[]> current() {
        return subpaths.get(subpaths.size() - 1);
    }

    private double[] point(double x, double y) {
        return frame.point(x, y);
    }

    private void segment(double[] a, double[] b) {
        double dx = Math.abs(a[0] - b[0]);
        double dy = Math.abs(a[1] - b[1]);
        if (dy <= STRAIGHT && dx > STRAIGHT) add(new Ruling(true, (a[1] + b[1]) / 2, a[0], b[0]));
        else if (dx <= STRAIGHT && dy > STRAIGHT) add(new Ruling(false, (a[0] + b[0]) / 2, a[1], b[1]));
    }

    /** A subpath whose every point is a corner of its bounding box is a rectangle; anything else filled is no border. */
    private void filledRectangle(List<double[]> points, boolean white) {
        if (points.size() < 3) return;
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (double[] p : points) {
            x0 = Math.min(x0, p[0]);
            y0 = Math.min(y0, p[1]);
            x1 = Math.max(x1, p[0]);
            y1 = Math.max(y1, p[1]);
        }
        for (double[] p : points) {
            boolean onX = Math.abs(p[0] - x0) <= STRAIGHT || Math.abs(p[0] - x1) <= STRAIGHT;
            boolean onY = Math.abs(p[1] - y0) <= STRAIGHT || Math.abs(p[1] - y1) <= STRAIGHT;
            if (!onX || !onY) return;
        }
        double width = x1 - x0;
        double height = y1 - y0;
        if (height <= THIN && width > THIN) add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        else if (width <= THIN && height > THIN) add(new Ruling(false, (x0 + x1) / 2, y0, y1));
        else if (width > THIN && height > THIN && !white) {
            add(new Ruling(true, y0, x0, x1));
            add(new Ruling(true, y1, x0, x1));
            add(new Ruling(false, x0, y0, y1));
            add(new Ruling(false, x1, y0, y1));
        }
    }

    private void add(Ruling ruling) {
        if (++painted > ImportLimits.MAX_PDF_SEGMENTS_PER_PAGE) {
            throw new PdfTooComplexException(Message.of("import.pdf.limit.segments", ImportLimits.MAX_PDF_SEGMENTS_PER_PAGE));
        }
        rulings.add(ruling);
    }
}

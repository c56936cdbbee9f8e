package gkreport.importer.pdf;

import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Turns PDF user space (origin at the bottom left, y upwards) into page space as the page is
 * shown: points from the top-left corner of its crop box, y downwards, after the page's rotation
 * (a landscape table is often a portrait page turned by 90°).
 */
record PageFrame(double left, double bottom, double right, double top, int rotation) {
    static PageFrame of(PDPage page) {
        PDRectangle box = page.getCropBox();
        int rotation = Math.floorMod(page.getRotation(), 360) / 90 * 90;
        return new PageFrame(box.getLowerLeftX(), box.getLowerLeftY(), box.getUpperRightX(), box.getUpperRightY(), rotation);
    }

    double height() {
        return rotation % 180 == 0 ? top - bottom : right - left;
    }

    /** The point (x, y) of user space in page space, as {x, y}. */
    double[] point(double x, double y) {
        return switch (rotation) {
            case 90 -> new double[] {y - bottom, x - left};
            case 180 -> new double[] {right - x, y - bottom};
            case 270 -> new double[] {top - y, right - x};
            default -> new double[] {x - left, top - y};
        };
    }
}

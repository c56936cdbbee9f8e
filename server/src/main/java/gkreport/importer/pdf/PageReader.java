package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.text.Message;
import java.awt.geom.Point2D;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Runs one page's content stream once and keeps its glyphs (text and box) and its candidate cell
 * borders, never the order the text comes out in. It renders nothing: images are never decoded
 * (inline ones are skipped unread), colours are only told white or not (so that no ICC profile is
 * ever loaded), and it stops with a {@link PdfTooComplexException} past the per-page limits of
 * {@link ImportLimits} or when a stream would decode too large ({@link DecodedStreamGuard}).
 */
final class PageReader extends PDFGraphicsStreamEngine {
    /** A glyph's em square runs from this far below its baseline to {@link #ASCENT} above, in ems (CJK fonts: −0.12 to 0.88). */
    private static final float DESCENT = -0.12f;
    private static final float ASCENT = 0.88f;
    private static final float WHITE = 0.99f;
    private static final PDColor WHITE_FILL = new PDColor(new float[] {1}, PDDeviceGray.INSTANCE);
    private static final PDColor DARK_FILL = new PDColor(new float[] {0}, PDDeviceGray.INSTANCE);

    private final DecodedStreamGuard guard;
    private final PageFrame frame;
    private final PathRulings path;
    private final List<Glyph> glyphs = new ArrayList<>();
    /** The fonts whose streams are measured: a page selects its few fonts hundreds of times. */
    private final Set<COSDictionary> guardedFonts = Collections.newSetFromMap(new IdentityHashMap<>());
    private int operators;
    private int shown;
    private Point2D.Float currentPoint = new Point2D.Float();

    private PageReader(PDPage page, DecodedStreamGuard guard) {
        super(page);
        this.guard = guard;
        this.frame = PageFrame.of(page);
        this.path = new PathRulings(frame);
    }

    static PageContent read(PDPage page, int number, DecodedStreamGuard guard) throws IOException {
        PageReader reader = new PageReader(page, guard);
        for (var contents = page.getContentStreams(); contents.hasNext(); ) {
            PDStream stream = contents.next();
            guard.check(stream.getCOSObject());
        }
        reader.processPage(page);
        return new PageContent(number, reader.frame.height(), reader.glyphs, reader.path.rulings());
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (++operators > ImportLimits.MAX_PDF_OPERATORS_PER_PAGE) {
            throw new PdfTooComplexException(Message.of("import.pdf.limit.operators", ImportLimits.MAX_PDF_OPERATORS_PER_PAGE));
        }
        switch (operator.getName()) {
            case "BI", "CS", "cs", "G", "RG", "K", "SC", "SCN" -> {
                // an inline image, or a stroking colour or colour space: nothing to read
            }
            case "g", "rg", "k", "sc", "scn" -> getGraphicsState().setNonStrokingColor(isWhite(operands) ? WHITE_FILL : DARK_FILL);
            case "Tf" -> {
                guardFont(operands);
                super.processOperator(operator, operands);
            }
            default -> super.processOperator(operator, operands);
        }
    }

    @Override
    public void showForm(PDFormXObject form) throws IOException {
        guard.check(form.getCOSObject());
        super.showForm(form);
    }

    @Override
    public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
        guard.check(form.getCOSObject());
        super.showTransparencyGroup(form);
    }

    @Override
    protected void showGlyph(Matrix trm, PDFont font, int code, Vector displacement) throws IOException {
        if (++shown > ImportLimits.MAX_PDF_GLYPHS_PER_PAGE) {
            throw new PdfTooComplexException(Message.of("import.pdf.limit.glyphs", ImportLimits.MAX_PDF_GLYPHS_PER_PAGE));
        }
        String text = text(font, code);
        if (text == null) return;
        // A vertical font's displacement runs down the column; its glyphs are as wide as their horizontal advance.
        float advance = font.isVertical() ? font.getWidth(code) / 1000 : displacement.getX();
        if (!(advance > 0)) advance = 0.5f;
        Point2D.Float from = trm.transformPoint(0, DESCENT);
        Point2D.Float to = trm.transformPoint(advance, ASCENT);
        double[] a = frame.point(from.x, from.y);
        double[] b = frame.point(to.x, to.y);
        double size = Math.abs(trm.getScalingFactorY());
        glyphs.add(new Glyph(text, Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1]), size));
    }

    /**
     * The glyph's text: its Unicode mapping; for a simple font without one, the code itself (as
     * Acrobat does); none for a composite font without one. CJK radicals and compatibility
     * ideographs, which some converters map to, become the unified ideographs they stand for.
     */
    private static String text(PDFont font, int code) throws IOException {
        String unicode = font.toUnicode(code);
        if (unicode == null) return font instanceof PDSimpleFont ? String.valueOf((char) code) : null;
        for (int i = 0; i < unicode.length(); i++) {
            char c = unicode.charAt(i);
            if (c >= '\u2e80' && c <= '\u2fdf' || c >= '\uf900' && c <= '\ufaff') return Normalizer.normalize(unicode, Normalizer.Form.NFKC);
        }
        return unicode;
    }

    /** Whether a fill colour's operands are white: gray or RGB all 1, CMYK all 0. */
    private static boolean isWhite(List<COSBase> operands) {
        float[] c = new float[operands.size()];
        for (int i = 0; i < c.length; i++) {
            if (!(operands.get(i) instanceof COSNumber n)) return false;
            c[i] = n.floatValue();
        }
        return switch (c.length) {
            case 1, 3 -> allAtLeast(c, WHITE);
            case 4 -> allAtMost(c, 1 - WHITE);
            default -> false;
        };
    }

    private static boolean allAtLeast(float[] c, float min) {
        for (float v : c) if (v < min) return false;
        return true;
    }

    private static boolean allAtMost(float[] c, float max) {
        for (float v : c) if (v > max) return false;
        return true;
    }

    private boolean fillIsWhite() {
        float[] c = getGraphicsState().getNonStrokingColor().getComponents();
        return c.length == 1 && c[0] >= WHITE;
    }

    /**
     * Before PDFBox loads the font that {@code Tf} selects, the first time it is selected: drops
     * its program when it is not needed ({@link FontPrograms}), and measures the streams left.
     */
    private void guardFont(List<COSBase> operands) throws IOException {
        PDResources resources = getResources();
        if (operands.isEmpty() || !(operands.get(0) instanceof COSName name) || resources == null) return;
        COSDictionary fonts = resources.getCOSObject().getCOSDictionary(COSName.FONT);
        if (fonts != null && fonts.getDictionaryObject(name) instanceof COSDictionary font && guardedFonts.add(font)) {
            FontPrograms.dropUnneeded(font);
            guard.checkFont(font);
        }
    }

    // Paths: kept as candidate rulings when painted.

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        path.rectangle(p0.getX(), p0.getY(), p1.getX(), p1.getY(), p2.getX(), p2.getY(), p3.getX(), p3.getY());
        currentPoint = new Point2D.Float((float) p0.getX(), (float) p0.getY());
    }

    @Override
    public void moveTo(float x, float y) {
        path.moveTo(x, y);
        currentPoint = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
        path.lineTo(x, y);
        currentPoint = new Point2D.Float(x, y);
    }

    /** A curve is no border: the path goes on from its end as if lifted there. */
    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        moveTo(x3, y3);
    }

    @Override
    public Point2D getCurrentPoint() {
        return currentPoint;
    }

    @Override
    public void closePath() {
        path.closePath();
    }

    @Override
    public void endPath() {
        path.discard();
    }

    @Override
    public void strokePath() {
        path.stroke();
    }

    @Override
    public void fillPath(int windingRule) {
        path.fill(fillIsWhite());
    }

    @Override
    public void fillAndStrokePath(int windingRule) {
        path.fillAndStroke(fillIsWhite());
    }

    @Override
    public void clip(int windingRule) {
        // the clipping path ends with n or a paint; it is no border either way
    }

    @Override
    public void drawImage(PDImage pdImage) {
        // never decoded
    }

    @Override
    public void shadingFill(COSName shadingName) {
        // a gradient is no border
    }
}

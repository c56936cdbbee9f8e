package gkreport.testkit;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * Writes small PDFs for tests, content-stream operator by operator, in points from the top-left
 * corner of an A4 page. Text is set in a CJK font the PDF names but does not embed (「SimSun」, as
 * many real PDFs do), with a Unicode mapping, so that any BMP text can be written without a font file.
 */
public final class Pdf {
    public static final double WIDTH = 595;
    public static final double HEIGHT = 842;
    private static final COSName FONT = COSName.getPDFName("F1");
    private static final COSName CODES_FONT = COSName.getPDFName("F2");

    private final PDDocument document = new PDDocument();
    private final COSDictionary font = simSun();
    private final COSDictionary codesFont = fontWithoutUnicode();
    private StringBuilder content;
    private final COSDictionary xObjects = new COSDictionary();
    private int rotation;
    private String repeated = "";
    private long repeats;

    /** Starts a new page; what follows is drawn on it. */
    public Pdf page() {
        finishPage();
        content = new StringBuilder();
        return this;
    }

    /**
     * Starts a new page shown turned by 90° clockwise (landscape); text is then placed as it is
     * shown, in points from the top-left corner of the turned page.
     */
    public Pdf turnedPage() {
        page();
        rotation = 90;
        return this;
    }

    /** Text whose em square's top is at {@code top}: the baseline lies 0.88 em below it. */
    public Pdf text(double x, double top, double size, String text) {
        return text(x, top, size, 0, text);
    }

    /** Text with extra space after every character (letter-spacing, as 「总　计」 is set), in points. */
    public Pdf text(double x, double top, double size, double characterSpacing, String text) {
        StringBuilder hex = new StringBuilder();
        for (char c : text.toCharArray()) hex.append(String.format(Locale.ROOT, "%04X", (int) c));
        String matrix = rotation == 90 ? String.format(Locale.ROOT, "0 1 -1 0 %.2f %.2f", top + 0.88 * size, x)
                : String.format(Locale.ROOT, "1 0 0 1 %.2f %.2f", x, HEIGHT - top - 0.88 * size);
        return raw(String.format(Locale.ROOT, "BT /F1 %.2f Tf %.2f Tc %s Tm <%s> Tj ET", size, characterSpacing, matrix, hex));
    }

    /**
     * Character codes shown in a font that has no Unicode mapping, only WinAnsiEncoding, as a
     * subset of a Chinese font whose codes are no characters is often written: its text layer reads
     * as Latin-1 symbols (code 0xBF as 「¿」). The glyphs are half an em wide.
     */
    public Pdf codes(double x, double top, double size, int... codes) {
        StringBuilder hex = new StringBuilder();
        for (int c : codes) hex.append(String.format(Locale.ROOT, "%02X", c));
        return raw(String.format(Locale.ROOT, "BT /F2 %.2f Tf 1 0 0 1 %.2f %.2f Tm <%s> Tj ET", size, x, HEIGHT - top - 0.88 * size, hex));
    }

    /** A stroked straight line, half a point wide. */
    public Pdf line(double x1, double y1, double x2, double y2) {
        return raw(String.format(Locale.ROOT, "0.5 w %.2f %.2f m %.2f %.2f l S", x1, HEIGHT - y1, x2, HEIGHT - y2));
    }

    /** A filled black rectangle: a border drawn as WPS draws it when thin, a dark box when not. */
    public Pdf bar(double x, double y, double width, double height) {
        return raw(String.format(Locale.ROOT, "0 g %.2f %.2f %.2f %.2f re f", x, HEIGHT - y - height, width, height));
    }

    /** An XObject the page's content can draw with {@code /name Do}. */
    public Pdf xObject(String name, COSStream stream) {
        if (content == null) page();
        xObjects.setItem(COSName.getPDFName(name), stream);
        return this;
    }

    /** Content-stream operators as they are. */
    public Pdf raw(String operators) {
        if (content == null) page();
        content.append(operators).append('\n');
        return this;
    }

    /**
     * Operators repeated many times at the end of the page, streamed into its compressed content
     * stream (a page of millions of operators, or a content stream that inflates to megabytes).
     */
    public Pdf repeat(String operators, long times) {
        if (content == null) page();
        repeated = operators + "\n";
        repeats = times;
        return this;
    }

    public Path save(Path file) {
        return save(file, null);
    }

    /** Saves the document, encrypted with these passwords when {@code ownerPassword} is not null. */
    public Path save(Path file, String ownerPassword, String userPassword) {
        StandardProtectionPolicy policy = new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
        policy.setEncryptionKeyLength(128);
        return save(file, policy);
    }

    private Path save(Path file, StandardProtectionPolicy policy) {
        finishPage();
        try (document) {
            if (policy != null) document.protect(policy);
            document.save(file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void finishPage() {
        if (content == null) return;
        PDPage page = new PDPage(PDRectangle.A4);
        page.setRotation(rotation);
        PDResources resources = new PDResources();
        COSDictionary fonts = new COSDictionary();
        fonts.setItem(FONT, font);
        fonts.setItem(CODES_FONT, codesFont);
        resources.getCOSObject().setItem(COSName.FONT, fonts);
        if (xObjects.size() > 0) resources.getCOSObject().setItem(COSName.XOBJECT, xObjects);
        page.setResources(resources);
        PDStream stream = new PDStream(document);
        try (OutputStream out = stream.createOutputStream(COSName.FLATE_DECODE)) {
            out.write(content.toString().getBytes(StandardCharsets.US_ASCII));
            byte[] bytes = repeated.getBytes(StandardCharsets.US_ASCII);
            for (long i = 0; i < repeats; i++) out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        page.setContents(stream);
        document.addPage(page);
        content = null;
        repeats = 0;
        rotation = 0;
    }

    /** A Type0 font over a CIDFontType2 named SimSun, not embedded: CID = the UTF-16 code, ASCII half wide. */
    private static COSDictionary simSun() {
        COSDictionary descriptor = descriptor("SimSun", 4);
        COSDictionary system = new COSDictionary();
        system.setString(COSName.REGISTRY, "Adobe");
        system.setString(COSName.ORDERING, "Identity");
        system.setInt(COSName.SUPPLEMENT, 0);
        COSArray widths = new COSArray();
        widths.add(COSInteger.get(32));
        COSArray ascii = new COSArray();
        for (int c = 32; c < 127; c++) ascii.add(COSInteger.get(500));
        widths.add(ascii);
        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, "SimSun");
        cid.setItem(COSName.CIDSYSTEMINFO, system);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setItem(COSName.W, widths);
        cid.setItem(COSName.CID_TO_GID_MAP, COSName.IDENTITY);
        COSDictionary type0 = new COSDictionary();
        type0.setItem(COSName.TYPE, COSName.FONT);
        type0.setItem(COSName.SUBTYPE, COSName.TYPE0);
        type0.setName(COSName.BASE_FONT, "SimSun");
        type0.setItem(COSName.ENCODING, COSName.IDENTITY_H);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        type0.setItem(COSName.DESCENDANT_FONTS, descendants);
        type0.setItem(COSName.TO_UNICODE, identityToUnicode());
        return type0;
    }

    /** A TrueType font, not embedded, with WinAnsiEncoding and no ToUnicode map: every code half an em wide. */
    private static COSDictionary fontWithoutUnicode() {
        COSDictionary descriptor = descriptor("FZSSK--GBK1-0", 32);
        COSArray widths = new COSArray();
        for (int c = 0; c < 256; c++) widths.add(COSInteger.get(500));
        COSDictionary font = new COSDictionary();
        font.setItem(COSName.TYPE, COSName.FONT);
        font.setItem(COSName.SUBTYPE, COSName.TRUE_TYPE);
        font.setName(COSName.BASE_FONT, "FZSSK--GBK1-0");
        font.setItem(COSName.ENCODING, COSName.WIN_ANSI_ENCODING);
        font.setInt(COSName.FIRST_CHAR, 0);
        font.setInt(COSName.LAST_CHAR, 255);
        font.setItem(COSName.WIDTHS, widths);
        font.setItem(COSName.FONT_DESC, descriptor);
        return font;
    }

    /** A font descriptor of an em square from −120 to 880. */
    private static COSDictionary descriptor(String name, int flags) {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
        descriptor.setName(COSName.FONT_NAME, name);
        descriptor.setInt(COSName.FLAGS, flags);
        descriptor.setItem(COSName.FONT_BBOX, numbers(0, -120, 1000, 880));
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        return descriptor;
    }

    private static COSStream identityToUnicode() {
        StringBuilder cmap = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CMapName /Identity-UCS def /CMapType 2 def\n1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (int block = 0; block < 256; block += 100) {
            int n = Math.min(100, 256 - block);
            cmap.append(n).append(" beginbfrange\n");
            for (int high = block; high < block + n; high++) {
                cmap.append(String.format(Locale.ROOT, "<%02X00> <%02XFF> <%02X00>%n", high, high, high));
            }
            cmap.append("endbfrange\n");
        }
        cmap.append("endcmap CMapName currentdict /CMap defineresource pop end end\n");
        COSStream stream = new COSStream();
        try (OutputStream out = stream.createOutputStream()) {
            out.write(cmap.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return stream;
    }

    private static COSArray numbers(int... values) {
        COSArray array = new COSArray();
        for (int v : values) array.add(COSInteger.get(v));
        return array;
    }
}

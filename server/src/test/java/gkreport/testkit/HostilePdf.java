package gkreport.testkit;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntFunction;
import java.util.zip.Deflater;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;

/** Hostile and broken PDFs, made small on disk in the test's own folder. */
public final class HostilePdf {
    private HostilePdf() {
    }

    /** A scan: pages that only draw an image, no text. */
    public static Path scan(Path file, int pages) {
        Pdf pdf = new Pdf();
        for (int i = 0; i < pages; i++) pdf.page().raw("q 595 0 0 842 0 0 cm BI /W 4 /H 4 /BPC 8 /CS /G ID " + "x".repeat(16) + " EI Q");
        return pdf.save(file);
    }

    /** A page drawing an image XObject that claims 50,000 × 50,000 pixels of RGB (7.5 GB decoded), with text or without. */
    public static Path hugeImage(Path file, String text) {
        COSStream image = new COSStream();
        image.setItem(COSName.TYPE, COSName.XOBJECT);
        image.setItem(COSName.SUBTYPE, COSName.IMAGE);
        image.setInt(COSName.WIDTH, 50_000);
        image.setInt(COSName.HEIGHT, 50_000);
        image.setInt(COSName.BITS_PER_COMPONENT, 8);
        image.setItem(COSName.COLORSPACE, COSName.DEVICERGB);
        image.setItem(COSName.FILTER, COSName.FLATE_DECODE);
        try (OutputStream out = image.createRawOutputStream()) {
            out.write(deflate(new byte[1024 * 1024]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Pdf pdf = new Pdf().page().xObject("Im1", image).raw("q 500 0 0 700 50 50 cm /Im1 Do Q");
        if (text != null) pdf.text(90, 100, 16, text);
        return pdf.save(file);
    }

    /** A PDF of the given number of blank pages, every one of them real. */
    public static Path pages(Path file, int count) {
        StringBuilder kids = new StringBuilder();
        for (int i = 0; i < count; i++) kids.append(i + 3).append(" 0 R ");
        return objects(file, n -> {
            if (n == 1) return "<</Type/Catalog/Pages 2 0 R>>";
            if (n == 2) return "<</Type/Pages/Count " + count + "/Kids[" + kids + "]>>";
            return n <= count + 2 ? "<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>" : null;
        });
    }

    /** A page tree {@code depth} levels deep: each node of the page tree has one child, the last a blank page. */
    public static Path deepPageTree(Path file, int depth) {
        return objects(file, n -> {
            if (n == 1) return "<</Type/Catalog/Pages 2 0 R>>";
            if (n < depth + 2) return "<</Type/Pages/Count 1/Kids[" + (n + 1) + " 0 R]>>";
            return n == depth + 2 ? "<</Type/Page/Parent " + (n - 1) + " 0 R/MediaBox[0 0 595 842]>>" : null;
        });
    }

    /** Bytes that start like a PDF and end like one, with nothing readable between. */
    public static Path brokenXref(Path file) {
        byte[] junk = new byte[4096];
        new java.util.Random(7).nextBytes(junk);
        return write(file, concat("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1), junk,
                "\nxref\n0 1\nzzzz\ntrailer\n<</Size 9>>\nstartxref\n123456\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A valid PDF whose cross-reference offsets all point a few bytes wrong: readers rebuild it. */
    public static Path shiftedXref(Path file, Path pdf) {
        try {
            String text = new String(Files.readAllBytes(pdf), StandardCharsets.ISO_8859_1);
            String shifted = text.replaceFirst("%PDF-1\\.(\\d)", "%PDF-1.$1\n% padding that moves every object\n");
            return write(file, shifted.getBytes(StandardCharsets.ISO_8859_1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first half of a PDF, as an interrupted download leaves it. */
    public static Path truncated(Path file, Path pdf) {
        try {
            byte[] bytes = Files.readAllBytes(pdf);
            return write(file, Arrays.copyOf(bytes, bytes.length / 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes objects 1, 2, … (as long as {@code object} gives one) with a correct cross-reference table; object 1 is the catalog. */
    private static Path objects(Path file, IntFunction<String> object) {
        List<Long> offsets = new ArrayList<>();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            long at = 0;
            at += put(out, "%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
            for (int n = 1; ; n++) {
                String body = object.apply(n);
                if (body == null) break;
                offsets.add(at);
                at += put(out, n + " 0 obj\n" + body + "\nendobj\n");
            }
            StringBuilder xref = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n0000000000 65535 f \n");
            for (long offset : offsets) xref.append(String.format("%010d 00000 n \n", offset));
            put(out, xref + "trailer\n<</Size " + (offsets.size() + 1) + "/Root 1 0 R>>\nstartxref\n" + at + "\n%%EOF\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int put(OutputStream out, String text) throws IOException {
        byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
        out.write(bytes);
        return bytes.length;
    }

    private static byte[] deflate(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(p -> p.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

    private static Path write(Path file, byte[] bytes) {
        try {
            return Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

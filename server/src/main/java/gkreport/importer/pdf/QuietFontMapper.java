package gkreport.importer.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.apache.fontbox.FontBoxFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.font.CIDFontMapping;
import org.apache.pdfbox.pdmodel.font.FontMapper;
import org.apache.pdfbox.pdmodel.font.FontMapping;
import org.apache.pdfbox.pdmodel.font.PDCIDSystemInfo;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

/**
 * Stands in for every font a PDF does not embed with the one font PDFBox carries, never looking
 * at the system's fonts. PDFBox's own mapper scans every installed font the first time a PDF
 * names one it lacks (seconds, and a cache file written in the home folder); reading text needs
 * a font's widths and Unicode mapping, which the PDF itself gives, not its outlines.
 */
final class QuietFontMapper implements FontMapper {
    private static final String FALLBACK = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    /** Parsed on first use only: most report PDFs embed all their fonts. */
    private static final class Fallback {
        static final TrueTypeFont FONT = load();

        private static TrueTypeFont load() {
            try (InputStream in = FontMapper.class.getResourceAsStream(FALLBACK)) {
                if (in == null) throw new IOException("PDFBox's " + FALLBACK + " is missing");
                return new TTFParser().parse(new RandomAccessReadBuffer(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public FontMapping<TrueTypeFont> getTrueTypeFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Fallback.FONT, true);
    }

    @Override
    public FontMapping<FontBoxFont> getFontBoxFont(String baseFont, PDFontDescriptor fontDescriptor) {
        return new FontMapping<>(Fallback.FONT, true);
    }

    @Override
    public CIDFontMapping getCIDFont(String baseFont, PDFontDescriptor fontDescriptor, PDCIDSystemInfo cidSystemInfo) {
        return new CIDFontMapping(null, Fallback.FONT, true);
    }
}

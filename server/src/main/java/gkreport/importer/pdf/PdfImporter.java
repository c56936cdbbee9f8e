package gkreport.importer.pdf;

import gkreport.importer.ImportLimits;
import gkreport.importer.ImportedDocument;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.FontMappers;

/**
 * Reads a report's PDF (its text layer; there is no OCR) into an {@link ImportedDocument}: each
 * page's tables rebuilt from the glyphs' positions and the ruled cell borders, its other text
 * joined into paragraphs (a row cut by a page break joined again first), a page break where each
 * page begins. Whatever is wrong with the file, the caller gets an {@link UnreadableFileException}
 * with a reason: encrypted, no text layer (a scan), a text layer of junk (fonts without a Unicode
 * mapping), too many pages, a page too complex ({@link ImportLimits}), or damaged.
 */
public final class PdfImporter {
    private static final int MAX_REASON = 160;

    static {
        FontMappers.set(new QuietFontMapper());
    }

    private PdfImporter() {
    }

    public static ImportedDocument read(Path file) throws UnreadableFileException {
        int page = 0;
        try (PDDocument document = PdfOpener.open(file)) {
            int pages = document.getNumberOfPages();
            if (pages > ImportLimits.MAX_PDF_PAGES) throw tooManyPages(pages);
            DecodedStreamGuard guard = new DecodedStreamGuard();
            List<PageLayout> layouts = new ArrayList<>();
            boolean text = false;
            TextLayerScripts scripts = new TextLayerScripts();
            for (PDPage p : document.getPages()) {
                if (++page > ImportLimits.MAX_PDF_PAGES) throw tooManyPages(page);
                PageContent content = PageReader.read(p, page, guard);
                text |= content.glyphs().stream().anyMatch(g -> !g.isSpace());
                scripts.add(content.glyphs());
                layouts.add(PageLayout.of(content));
            }
            if (!text) throw new UnreadableFileException(Message.of("import.pdf.noText", pages));
            if (scripts.isGarbled()) throw new UnreadableFileException(Message.of("import.pdf.garbled", scripts.junkPercent()));
            return new ImportedDocument(Paragraphs.blocks(SplitRows.joined(layouts)));
        } catch (PdfTooComplexException e) {
            throw new UnreadableFileException(Message.of("import.pdf.tooComplex", page, e.detail()));
        } catch (StackOverflowError e) {
            throw new UnreadableFileException(Message.of("import.pdf.nestedTooDeep"));
        } catch (IOException | RuntimeException e) {
            // PDFBox reports a damaged file with exceptions of many kinds; all mean the same to a user.
            throw new UnreadableFileException(Message.of("import.pdf.corrupt", reason(e)));
        }
    }

    private static UnreadableFileException tooManyPages(int pages) {
        return new UnreadableFileException(Message.of("import.pdf.tooManyPages", pages, ImportLimits.MAX_PDF_PAGES));
    }

    /** The first line of the innermost message, shortened: enough to tell a user what broke. */
    private static String reason(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) t = t.getCause();
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage().strip().lines().findFirst().orElse("");
        return m.length() > MAX_REASON ? m.substring(0, MAX_REASON) + "…" : m;
    }
}

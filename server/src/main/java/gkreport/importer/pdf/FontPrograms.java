package gkreport.importer.pdf;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;

/**
 * Lets PDFBox load a font without its embedded program when the PDF itself gives what reading
 * text needs: the codes' Unicode (a ToUnicode CMap) and the glyphs' widths (a CID font's W and DW,
 * a simple font's Widths). Parsing the embedded programs is the largest part of reading a report's
 * page, and their outlines serve only to draw. PDFBox then stands {@link QuietFontMapper}'s one
 * font in for the outlines. The document is read, never saved, so its dictionaries may change.
 */
final class FontPrograms {
    private static final COSName[] PROGRAMS = {COSName.FONT_FILE, COSName.FONT_FILE2, COSName.FONT_FILE3};

    private FontPrograms() {
    }

    static void dropUnneeded(COSDictionary font) {
        if (font.getDictionaryObject(COSName.TO_UNICODE) == null) return;
        if (COSName.TYPE0.equals(font.getCOSName(COSName.SUBTYPE))) {
            if (font.getDictionaryObject(COSName.DESCENDANT_FONTS) instanceof COSArray descendants
                    && descendants.size() > 0 && descendants.getObject(0) instanceof COSDictionary descendant) {
                drop(descendant);
            }
        } else if (font.getDictionaryObject(COSName.WIDTHS) instanceof COSArray && !COSName.TYPE3.equals(font.getCOSName(COSName.SUBTYPE))) {
            drop(font);
        }
    }

    private static void drop(COSDictionary font) {
        if (font.getDictionaryObject(COSName.FONT_DESC) instanceof COSDictionary descriptor) {
            for (COSName program : PROGRAMS) descriptor.removeItem(program);
        }
    }
}

package gkreport.importer.pdf;

import java.util.List;

/**
 * Tells a text layer that is no text: a PDF whose fonts lack a usable Unicode mapping gives codes,
 * not characters, and they come out as Latin-1 symbols, control and private-use characters
 * (「¿”¿¡fl‹…„·”ƒ¥」 for a line of Chinese). Characters are counted as readable (CJK ideographs and
 * punctuation, ASCII letters, digits and punctuation), as junk (controls, Latin-1 and other Latin symbols and letters,
 * ligatures, private use, the replacement character) or as neither (other punctuation); the text
 * is garbled when junk makes up more than {@link #GARBLED_SHARE} of the two, over enough characters
 * that a few symbols in a real report (「×」「°」「²」) never count.
 */
final class TextLayerScripts {
    private static final double GARBLED_SHARE = 0.3;
    private static final int ENOUGH = 20;

    private long readable;
    private long junk;

    void add(List<Glyph> glyphs) {
        for (Glyph g : glyphs) g.text().codePoints().forEach(this::count);
    }

    private void count(int cp) {
        if (isReadable(cp)) readable++;
        else if (isJunk(cp)) junk++;
    }

    boolean isGarbled() {
        return junk >= ENOUGH && junk > GARBLED_SHARE * (junk + readable);
    }

    /** The share of junk among the characters counted, in percent. */
    int junkPercent() {
        return (int) Math.round(100.0 * junk / Math.max(1, junk + readable));
    }

    private static boolean isReadable(int cp) {
        boolean ascii = cp >= 0x21 && cp <= 0x7E;
        boolean cjkPunctuation = cp >= 0x3000 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF;
        return ascii || cjkPunctuation || Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    private static boolean isJunk(int cp) {
        boolean control = cp < 0x20 && cp != '\t' && cp != '\n' && cp != '\r' || cp >= 0x7F && cp <= 0x9F;
        boolean latin = cp >= 0xA0 && cp <= 0x2FF;
        boolean ligature = cp >= 0xFB00 && cp <= 0xFB4F;
        return control || latin || ligature || isPrivateUse(cp) || cp == 0xFFFD;
    }

    private static boolean isPrivateUse(int cp) {
        return Character.getType(cp) == Character.PRIVATE_USE;
    }
}

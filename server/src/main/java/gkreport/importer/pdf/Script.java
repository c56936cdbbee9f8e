package gkreport.importer.pdf;

/** Which characters are written without spaces between them: CJK characters and full-width punctuation. */
final class Script {
    private Script() {
    }

    /** A CJK character, a CJK or full-width punctuation mark, or a typographic mark Chinese text uses (“”、…—·①■). */
    static boolean isWide(int cp) {
        if (cp >= 0x2010 && cp <= 0x206F || cp == 0x00B7 || cp >= 0x2460 && cp <= 0x27BF) return true;
        if (cp >= 0x2E80 && cp <= 0x303F || cp >= 0xFF00 && cp <= 0xFFEF) return true;
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.BOPOMOFO
                || script == Character.UnicodeScript.HANGUL;
    }

    /** Whether text may be joined to what follows it with no space: it ends with a wide character. */
    static boolean endsWide(CharSequence text) {
        return text.length() > 0 && isWide(Character.codePointBefore(text, text.length()));
    }

    static boolean startsWide(CharSequence text) {
        return text.length() > 0 && isWide(Character.codePointAt(text, 0));
    }
}

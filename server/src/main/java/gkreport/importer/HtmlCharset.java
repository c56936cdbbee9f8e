package gkreport.importer;

import gkreport.io.ExactDecoder;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page: a byte-order mark wins; then bytes that are UTF-8 read as UTF-8, and
 * bytes that are not read in the charset the page declares (its {@code <meta>} or XML prolog; GB2312
 * and GBK read as their superset GB18030), else as GB18030; else, with no declaration, refused.
 * Bytes that fit no encoding are read in the one that loses the fewest characters.
 *
 * <p>Sites re-encode pages and keep the old declaration: a page that says gb2312 may hold UTF-8, one
 * that says utf-8 may hold GB18030. Bytes that are valid UTF-8 and hold characters beyond ASCII are
 * next to never another encoding's text, so they outweigh the declaration. Bytes that fit no
 * encoding are read in the one that loses the fewest characters, each lost one marked with U+FFFD.
 */
final class HtmlCharset {
    private static final int SNIFF = 4096;
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML_PROLOG = Pattern.compile("^\\s*<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) throws UnreadableFileException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        Charset declared = bom ? null : declared(bytes);
        if (declared == null) return TextDecoder.decode(bytes).text();
        List<Charset> tried = declared.name().startsWith("UTF-16") || declared.name().startsWith("UTF-32")
                ? List.of(declared) : List.of(StandardCharsets.UTF_8, declared, TextDecoder.GB18030);
        for (Charset charset : tried) {
            try {
                return ExactDecoder.strict(bytes, 0, charset);
            } catch (CharacterCodingException notThisOne) {
                // try the next
            }
        }
        return ExactDecoder.lenient(bytes, fewestErrors(bytes, tried));
    }

    /** The first of the charsets in which the fewest characters are lost. */
    private static Charset fewestErrors(byte[] bytes, List<Charset> charsets) {
        Charset best = charsets.get(0);
        long fewest = Long.MAX_VALUE;
        for (Charset charset : charsets) {
            long errors = ExactDecoder.errors(bytes, charset);
            if (errors < fewest) {
                best = charset;
                fewest = errors;
            }
        }
        return best;
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = XML_PROLOG.matcher(head);
        if (!m.find()) {
            m = META.matcher(head);
            if (!m.find()) return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) return TextDecoder.GB18030;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}

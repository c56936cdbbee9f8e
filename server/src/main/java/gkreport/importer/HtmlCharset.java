package gkreport.importer;

import gkreport.io.ExactDecoder;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes a saved web page: a byte-order mark wins, then the charset its {@code <meta>} declares
 * (GB2312 and GBK read as their superset GB18030), else UTF-8 when the bytes are UTF-8, else GB18030.
 */
final class HtmlCharset {
    private static final int SNIFF = 4096;
    private static final Pattern META = Pattern.compile("<meta[^>]+charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-.:]+)", Pattern.CASE_INSENSITIVE);

    private HtmlCharset() {
    }

    static String decode(byte[] bytes) throws UnreadableFileException {
        boolean bom = bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xEF || (bytes[0] & 0xFF) == 0xFF || (bytes[0] & 0xFF) == 0xFE);
        Charset declared = bom ? null : declared(bytes);
        if (declared != null) return ExactDecoder.lenient(bytes, declared);
        return TextDecoder.decode(bytes).text();
    }

    private static Charset declared(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF), StandardCharsets.ISO_8859_1);
        Matcher m = META.matcher(head);
        if (!m.find()) return null;
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk") || name.equals("x-gbk")) return TextDecoder.GB18030;
        try {
            return Charset.forName(name);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}

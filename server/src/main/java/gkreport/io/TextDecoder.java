package gkreport.io;

import gkreport.text.Message;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Decodes a report file: UTF-8 with or without BOM, UTF-16 with BOM, else GB18030 when the bytes
 * are not UTF-8. Empty, binary and undecodable files are refused with a reason.
 */
public final class TextDecoder {
    public static final Charset GB18030 = Charset.forName("GB18030");
    private static final int SNIFF = 8192;

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws UnreadableFileException {
        if (bytes.length == 0) throw new UnreadableFileException(Message.of("file.empty"));
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return decode(bytes, 3, StandardCharsets.UTF_8, true);
        if (startsWith(bytes, 0xFF, 0xFE)) return decode(bytes, 2, StandardCharsets.UTF_16LE, true);
        if (startsWith(bytes, 0xFE, 0xFF)) return decode(bytes, 2, StandardCharsets.UTF_16BE, true);
        if (looksBinary(bytes)) throw new UnreadableFileException(Message.of("file.binary"));
        try {
            return decode(bytes, 0, StandardCharsets.UTF_8, false);
        } catch (UnreadableFileException notUtf8) {
            return decode(bytes, 0, GB18030, false);
        }
    }

    private static DecodedText decode(byte[] bytes, int offset, Charset charset, boolean bom) throws UnreadableFileException {
        try {
            String text = ExactDecoder.strict(bytes, offset, charset);
            if (text.isBlank()) throw new UnreadableFileException(Message.of("file.empty"));
            return new DecodedText(text, charset, bom);
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Message.of("file.encoding"));
        }
    }

    /** NUL bytes, or many control characters, in the first few kilobytes: not a text file. */
    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, SNIFF);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) control++;
        }
        return control > n / 20;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }

    /** The bytes to write the text back in the same encoding, with the BOM if it had one. */
    public static byte[] encode(DecodedText original, String text) {
        byte[] body = text.getBytes(original.charset());
        if (!original.bom()) return body;
        byte[] bom = "\uFEFF".getBytes(original.charset());
        byte[] out = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, out, 0, bom.length);
        System.arraycopy(body, 0, out, bom.length, body.length);
        return out;
    }
}

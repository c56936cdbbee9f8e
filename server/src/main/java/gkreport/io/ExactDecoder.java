package gkreport.io;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;

/**
 * Decodes bytes into a buffer of exactly the text's length, found by decoding once into a small
 * buffer first. The JDK sizes its buffer by the charset's average (a character per byte for UTF-8
 * and GB18030): an 8 MB Chinese page would take a 16 MB buffer beside its bytes and its 6 MB text,
 * more than a small heap holds at once. Decoding twice costs milliseconds; the analysis, far more.
 */
public final class ExactDecoder {
    private static final int CHUNK = 8192;

    private ExactDecoder() {
    }

    /** The text; malformed or unmappable input throws. */
    public static String strict(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        return decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), charset, CodingErrorAction.REPORT);
    }

    /** The text; malformed or unmappable input reads as U+FFFD, as {@code new String(bytes, charset)} does. */
    public static String lenient(byte[] bytes, Charset charset) {
        try {
            return decode(ByteBuffer.wrap(bytes), charset, CodingErrorAction.REPLACE);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder threw", e);
        }
    }

    /** How many malformed or unmappable sequences decoding the bytes meets: how many U+FFFD {@link #lenient} gives. */
    public static long errors(byte[] bytes, Charset charset) {
        CharsetDecoder decoder = decoder(charset, CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chunk = CharBuffer.allocate(CHUNK);
        long errors = 0;
        while (true) {
            CoderResult r = decoder.decode(in, chunk, true);
            chunk.clear();
            if (r.isError()) {
                errors++;
                in.position(in.position() + r.length());
            } else if (r.isUnderflow()) {
                return errors;
            }
        }
    }

    private static String decode(ByteBuffer in, Charset charset, CodingErrorAction onError) throws CharacterCodingException {
        CharBuffer text = CharBuffer.allocate(length(in.duplicate(), charset, onError));
        run(decoder(charset, onError), in, text);
        return text.flip().toString();
    }

    private static int length(ByteBuffer in, Charset charset, CodingErrorAction onError) throws CharacterCodingException {
        CharsetDecoder decoder = decoder(charset, onError);
        CharBuffer chunk = CharBuffer.allocate(CHUNK);
        long length = 0;
        while (true) {
            CoderResult r = decoder.decode(in, chunk, true);
            if (r.isError()) r.throwException();
            length += chunk.position();
            chunk.clear();
            if (r.isUnderflow()) break;
        }
        while (decoder.flush(chunk).isOverflow()) {
            length += chunk.position();
            chunk.clear();
        }
        length += chunk.position();
        if (length > Integer.MAX_VALUE - 8) throw new CharacterCodingException();
        return (int) length;
    }

    private static void run(CharsetDecoder decoder, ByteBuffer in, CharBuffer out) throws CharacterCodingException {
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) r.throwException();
        r = decoder.flush(out);
        if (r.isError()) r.throwException();
    }

    private static CharsetDecoder decoder(Charset charset, CodingErrorAction onError) {
        return charset.newDecoder().onMalformedInput(onError).onUnmappableCharacter(onError);
    }
}

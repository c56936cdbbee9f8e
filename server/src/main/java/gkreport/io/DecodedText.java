package gkreport.io;

import java.nio.charset.Charset;

/**
 * A file's text with what is needed to write it back as it was.
 *
 * @param text    the text, without a byte-order mark
 * @param charset the encoding it was read in
 * @param bom     whether the file started with a byte-order mark
 */
public record DecodedText(String text, Charset charset, boolean bom) {
}

package gkreport.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExactDecoderTest {
    private static final String TEXT = "一、总体情况 𠀀𩸽 abc\r\n表三｜（一）予以公开｜12\u3000" + "本机关".repeat(5000);

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030", "UTF-16LE", "UTF-16BE"})
    void decodesWhatTheJdkDecodes(String name) throws CharacterCodingException {
        Charset charset = Charset.forName(name);
        byte[] bytes = TEXT.getBytes(charset);
        assertThat(ExactDecoder.strict(bytes, 0, charset)).isEqualTo(TEXT);
        assertThat(ExactDecoder.lenient(bytes, charset)).isEqualTo(new String(bytes, charset));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "GB18030"})
    void malformedBytesAreRefusedStrictlyAndReplacedLeniently(String name) {
        Charset charset = Charset.forName(name);
        byte[] bytes = {(byte) 0xE4, (byte) 0xB8, 'a', (byte) 0xFF, (byte) 0x80, 'b'};
        assertThatThrownBy(() -> ExactDecoder.strict(bytes, 0, charset)).isInstanceOf(CharacterCodingException.class);
        assertThat(ExactDecoder.lenient(bytes, charset)).isEqualTo(new String(bytes, charset));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 3})
    void startsAtTheOffset(int offset) throws CharacterCodingException {
        byte[] bytes = ("\uFEFF" + TEXT).getBytes(StandardCharsets.UTF_8);
        assertThat(ExactDecoder.strict(bytes, offset, StandardCharsets.UTF_8)).isEqualTo(offset == 0 ? "\uFEFF" + TEXT : TEXT);
    }
}

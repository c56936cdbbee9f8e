package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The server's texts exist in both languages. */
class LspMessagesTest {
    @Test
    void everyServerTextIsInChineseAndEnglish() throws IOException {
        Set<String> zh = lspKeys("/gkreport/messages.properties");
        assertThat(zh).hasSizeGreaterThan(20);
        assertThat(lspKeys("/gkreport/messages_en.properties")).isEqualTo(zh);
    }

    @Test
    void rendersInTheRequestedLanguage() {
        assertThat(Messages.ZH.render(Message.of("lsp.hover.section", "四", "4"))).isEqualTo("**第四部分**");
        assertThat(Messages.EN.render(Message.of("lsp.hover.section", "四", "4"))).isEqualTo("**Section 4**");
        assertThat(Messages.EN.render(Message.of("lsp.action.fixAll", "2"))).isEqualTo("Fix everything fixable automatically (2)");
    }

    private static Set<String> lspKeys(String resource) throws IOException {
        Properties p = new Properties();
        try (InputStream in = LspMessagesTest.class.getResourceAsStream(resource)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p.stringPropertyNames().stream().filter(k -> k.startsWith("lsp.")).collect(Collectors.toSet());
    }
}

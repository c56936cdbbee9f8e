package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.testkit.Cli;
import gkreport.testkit.Corpus;
import gkreport.testkit.Html;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A web page whose bytes are not in the charset it declares (a site re-encoded it and kept the old
 * declaration) is read in the charset its bytes are in; bytes that fit no charset are said to be
 * undecodable once, not once per character. The page is corpus report 018 (a web page's table).
 */
class WebPageCharsetTest {
    private static final Charset GB18030 = Charset.forName("GB18030");

    @TempDir
    Path dir;

    @Test
    void utf8BytesDeclaredGb2312AreReadAsUtf8() throws IOException {
        String page = Html.page(Corpus.text("018"));
        List<String> honest = findings(save("honest.html", page.getBytes(StandardCharsets.UTF_8)));
        byte[] mislabelled = page.replace("<meta charset=\"utf-8\">", "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">")
                .getBytes(StandardCharsets.UTF_8);
        assertThat(honest).isNotEmpty().noneMatch(f -> f.startsWith("conversion-artifact"));
        assertThat(findings(save("meta.html", mislabelled))).isEqualTo(honest);
        byte[] prolog = ("<?xml version=\"1.0\" encoding=\"gb2312\"?>\n" + page.replace("<meta charset=\"utf-8\">", "")).getBytes(StandardCharsets.UTF_8);
        assertThat(findings(save("prolog.html", prolog))).isEqualTo(honest);
    }

    @Test
    void gb18030BytesDeclaredUtf8AreReadAsGb18030() throws IOException {
        String page = Html.page(Corpus.text("018"));
        List<String> honest = findings(save("honest.html", page.replace("charset=\"utf-8\"", "charset=\"gb18030\"").getBytes(GB18030)));
        assertThat(honest).isNotEmpty().noneMatch(f -> f.startsWith("conversion-artifact"));
        assertThat(findings(save("mislabelled.html", page.getBytes(GB18030)))).isEqualTo(honest);
    }

    @Test
    void bytesThatFitNoCharsetAreSaidToBeUndecodableOnce() throws IOException {
        byte[] gb = Html.page(Corpus.text("018")).getBytes(GB18030);
        ByteArrayOutputStream damaged = new ByteArrayOutputStream();
        int tags = 0;
        for (byte b : gb) {
            if (b == '<' && ++tags % 10 == 0) damaged.write(0xFF); // a byte that neither UTF-8 nor GB18030 has
            damaged.write(b);
        }
        List<String> lost = findings(save("damaged.html", damaged.toByteArray())).stream().filter(f -> f.startsWith("conversion-artifact")).toList();
        int inserted = tags / 10;
        assertThat(lost).hasSize(1);
        assertThat(lost.get(0)).contains("the file's encoding may be wrong");
        int shown = Integer.parseInt(lost.get(0).replaceAll(".* (\\d+) undecodable characters .*", "$1"));
        assertThat(shown).as("read as GB18030, which loses only the damaged bytes (some fall in the site's navigation)").isBetween(inserted / 2, inserted);
    }

    private Path save(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    /** Each finding as its rule, line and message. */
    private static List<String> findings(Path page) {
        Cli cli = Cli.run("check", "--format", "json", "--lang", "en", page.toString());
        assertThat(cli.exit()).as(cli.err()).isIn(0, 1);
        JsonObject file = JsonParser.parseString(cli.out()).getAsJsonObject().getAsJsonArray("files").get(0).getAsJsonObject();
        return file.getAsJsonArray("findings").asList().stream().map(e -> e.getAsJsonObject())
                .map(f -> f.get("rule").getAsString() + " " + f.get("line").getAsInt() + " " + f.get("message").getAsString()).toList();
    }
}

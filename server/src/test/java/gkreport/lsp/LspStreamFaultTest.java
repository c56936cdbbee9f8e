package gkreport.lsp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import gkreport.bench.CorpusGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The real {@code gkreport lsp} over its standard input and output, in a JVM of its own with a
 * small heap, fed what an editor should never send: bytes that are no message, JSON that does not
 * parse, unknown methods, wrong parameters, a 5 MB document, a thousand edits in a second. It
 * answers per JSON-RPC, stays up within a 512 MB heap, and ends cleanly on shutdown and exit.
 */
class LspStreamFaultTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final String HEAP = "-Xmx512m";
    /** A heap that holds a 5 MB document but not its analysis. */
    private static final String SMALL_HEAP = "-Xmx40m";

    @Test
    void malformedMessagesAndUnknownMethodsAreAnsweredPerSpecAndTheServerStaysUp() throws Exception {
        try (RawLspClient lsp = new RawLspClient(HEAP)) {
            lsp.sendBytes("no header here\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            lsp.sendFramed("{not json".getBytes(StandardCharsets.UTF_8));
            byte[] binary = new byte[4096];
            new Random(7).nextBytes(binary);
            lsp.sendFramed(binary);
            lsp.send(request(1, "gkreport/noSuchMethod", new JsonObject()));
            assertThat(lsp.response(1, TIMEOUT).getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32601);
            initialize(lsp, 2);
            lsp.send(notification("gkreport/noSuchNotification", new JsonObject()));
            JsonObject badParams = new JsonObject();
            badParams.addProperty("jsonrpc", "2.0");
            badParams.addProperty("id", 3);
            badParams.addProperty("method", "textDocument/hover");
            badParams.addProperty("params", "not an object");
            lsp.send(badParams.toString());
            assertThat(lsp.response(3, TIMEOUT).has("error")).isTrue();
            lsp.send(request(4, "textDocument/hover", new JsonObject())); // no textDocument, no position
            JsonObject missing = lsp.response(4, TIMEOUT).getAsJsonObject("error");
            assertThat(missing.get("code").getAsInt()).isEqualTo(-32602);
            assertThat(missing.has("data")).as("no stack trace in the answer").isFalse();
            assertThat(missing.get("message").getAsString()).startsWith("gkreport: invalid or missing parameters").doesNotContain("\n");
            assertThat(shutdownAndExit(lsp, 5)).isZero();
        }
    }

    @Test
    void aFrameWithAWrongLengthOrABrokenHeaderCostsThatMessageAndNotTheSession() throws Exception {
        try (RawLspClient lsp = new RawLspClient(HEAP)) {
            byte[] tooShort = request(1, "gkreport/noSuchMethod", new JsonObject()).getBytes(StandardCharsets.UTF_8);
            lsp.sendBytes(("Content-Length: " + (tooShort.length - 9) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            lsp.sendBytes(tooShort);
            byte[] noLineEnd = request(2, "gkreport/noSuchMethod", new JsonObject()).getBytes(StandardCharsets.UTF_8);
            lsp.sendBytes(("Content-Length: " + noLineEnd.length).getBytes(StandardCharsets.US_ASCII));
            lsp.sendBytes(noLineEnd);
            byte[] noBlankLine = request(3, "gkreport/noSuchMethod", new JsonObject()).getBytes(StandardCharsets.UTF_8);
            lsp.sendBytes(("Content-Length: " + noBlankLine.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
            lsp.sendBytes(noBlankLine);
            initialize(lsp, 4);
            byte[] tooLong = request(5, "gkreport/noSuchMethod", new JsonObject()).getBytes(StandardCharsets.UTF_8);
            lsp.sendBytes(("Content-Length: " + (tooLong.length + 200) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            lsp.sendBytes(tooLong);
            lsp.send(request(6, "gkreport/noSuchMethod", new JsonObject()));
            assertThat(lsp.response(5, TIMEOUT).getAsJsonObject("error").get("code").getAsInt()).as("cut where the next header starts").isEqualTo(-32601);
            assertThat(lsp.response(6, TIMEOUT).getAsJsonObject("error").get("code").getAsInt()).isEqualTo(-32601);
            assertThat(lsp.stderr()).contains("before a Content-Length header").contains("ran into the next header");
            assertThat(lsp.alive()).isTrue();
            assertThat(shutdownAndExit(lsp, 7)).as(lsp.stderr()).isZero();
        }
    }

    @Test
    void aFiveMegabyteDocumentAndAThousandEditsInASecondFitInASmallHeap() throws Exception {
        try (RawLspClient lsp = new RawLspClient(HEAP)) {
            initialize(lsp, 1);
            String big = "file:///tmp/big-report.txt";
            String small = "file:///tmp/report.txt";
            try {
                lsp.send(notification("textDocument/didOpen", didOpen(big, fiveMegabytes())));
                lsp.send(notification("textDocument/didOpen", didOpen(small, SampleFiles.text(SampleFiles.S003))));
                for (int version = 2; version <= 1001; version++) lsp.send(notification("textDocument/didChange", insert(small, version, "1")));
            } catch (IOException e) {
                throw new AssertionError("the server ended:\n" + lsp.stderr(), e);
            }
            for (String uri : List.of(big, small)) {
                JsonObject symbols = new JsonObject();
                symbols.add("textDocument", document(uri));
                lsp.send(request(2, "textDocument/documentSymbol", symbols));
                assertThat(lsp.response(2, TIMEOUT).getAsJsonArray("result")).as(lsp.stderr()).isNotEmpty();
            }
            assertThat(shutdownAndExit(lsp, 3)).as(lsp.stderr()).isZero();
        }
    }

    /**
     * A document whose analysis cannot fit in the heap gets one diagnostic that says so; requests on it
     * answer as on a closed document, the other documents are checked, and standard output carries
     * nothing but messages (no 「Terminating due to java.lang.OutOfMemoryError」).
     */
    @Test
    void aDocumentTooLargeForTheHeapGetsOneDiagnosticAndTheServerStaysUp() throws Exception {
        try (RawLspClient lsp = new RawLspClient(SMALL_HEAP)) {
            initialize(lsp, 1);
            String big = "file:///tmp/too-large.txt";
            lsp.send(notification("textDocument/didOpen", didOpen(big, SampleFiles.text(SampleFiles.S003).repeat(834))));
            JsonObject published = lsp.notification("textDocument/publishDiagnostics", TIMEOUT).getAsJsonObject("params");
            assertThat(published.get("uri").getAsString()).isEqualTo(big);
            JsonArray diagnostics = published.getAsJsonArray("diagnostics");
            assertThat(diagnostics).hasSize(1);
            assertThat(diagnostics.get(0).getAsJsonObject().get("message").getAsString())
                    .startsWith("文档过大，无法在语言服务器").contains("-Xmx");
            JsonObject symbols = new JsonObject();
            symbols.add("textDocument", document(big));
            lsp.send(request(2, "textDocument/documentSymbol", symbols));
            assertThat(lsp.response(2, TIMEOUT).getAsJsonArray("result")).as(lsp.stderr()).isEmpty();
            String small = "file:///tmp/report.txt";
            lsp.send(notification("textDocument/didOpen", didOpen(small, SampleFiles.text(SampleFiles.S003))));
            JsonObject checked = lsp.notification("textDocument/publishDiagnostics", TIMEOUT).getAsJsonObject("params");
            assertThat(checked.get("uri").getAsString()).isEqualTo(small);
            assertThat(checked.getAsJsonArray("diagnostics")).isNotEmpty();
            assertThat(shutdownAndExit(lsp, 3)).as(lsp.stderr()).isZero();
            assertThat(lsp.strayOutput()).isEmpty();
        }
    }

    private static void initialize(RawLspClient lsp, int id) throws Exception {
        JsonObject params = new JsonObject();
        params.add("processId", null);
        params.add("rootUri", null);
        params.add("capabilities", new JsonObject());
        lsp.send(request(id, "initialize", params));
        assertThat(lsp.response(id, TIMEOUT).getAsJsonObject("result").has("capabilities")).isTrue();
        lsp.send(notification("initialized", new JsonObject()));
    }

    private static int shutdownAndExit(RawLspClient lsp, int id) throws Exception {
        lsp.send(request(id, "shutdown", null));
        assertThat(lsp.response(id, TIMEOUT).has("error")).isFalse();
        lsp.send(notification("exit", null));
        return lsp.awaitExit(TIMEOUT);
    }

    private static String fiveMegabytes() {
        CorpusGenerator generator = new CorpusGenerator(11, 0.2);
        StringBuilder b = new StringBuilder();
        while (b.length() < 5_000_000) b.append(generator.next().text());
        return b.toString();
    }

    private static JsonObject document(String uri) {
        JsonObject d = new JsonObject();
        d.addProperty("uri", uri);
        return d;
    }

    private static JsonObject didOpen(String uri, String text) {
        JsonObject item = document(uri);
        item.addProperty("languageId", "gkreport");
        item.addProperty("version", 1);
        item.addProperty("text", text);
        JsonObject params = new JsonObject();
        params.add("textDocument", item);
        return params;
    }

    /** An edit that inserts the text at the document's start. */
    private static JsonObject insert(String uri, int version, String text) {
        JsonObject start = new JsonObject();
        start.addProperty("line", 0);
        start.addProperty("character", 0);
        JsonObject range = new JsonObject();
        range.add("start", start);
        range.add("end", start);
        JsonObject change = new JsonObject();
        change.add("range", range);
        change.addProperty("text", text);
        JsonArray changes = new JsonArray();
        changes.add(change);
        JsonObject id = document(uri);
        id.addProperty("version", version);
        JsonObject params = new JsonObject();
        params.add("textDocument", id);
        params.add("contentChanges", changes);
        return params;
    }

    private static String request(int id, String method, JsonObject params) {
        JsonObject m = notificationObject(method, params);
        m.addProperty("id", id);
        return m.toString();
    }

    private static String notification(String method, JsonObject params) {
        return notificationObject(method, params).toString();
    }

    private static JsonObject notificationObject(String method, JsonObject params) {
        JsonObject m = new JsonObject();
        m.addProperty("jsonrpc", "2.0");
        m.addProperty("method", method);
        if (params != null) m.add("params", params);
        return m;
    }
}

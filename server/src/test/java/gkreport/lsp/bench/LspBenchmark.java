package gkreport.lsp.bench;

import com.google.gson.JsonObject;
import gkreport.lsp.GkreportLanguageServer;
import gkreport.lsp.ParentProcessWatcher;
import gkreport.lsp.Pipe;
import gkreport.lsp.SampleFiles;
import gkreport.lsp.ServerLauncher;
import gkreport.service.Analyzer;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures didChange → publishDiagnostics over the protocol (debounce 0) for a sample-sized
 * report and for a 1 MB report, p50 and p95 over the edits, and the heap with 50 open documents.
 * Each edit changes one digit of table 三 (and the next one changes it back), so every version
 * is analysed and published. See docs/lsp.md for the command.
 */
public final class LspBenchmark {
    private static final int ONE_MB = 1 << 20;
    private static final String CELL_ROW = "\t二、上年结转政府信息公开申请数量\n\t 0\n";

    private final Map<String, CompletableFuture<Long>> arrivals = new ConcurrentHashMap<>();
    private final LanguageServer server;

    private LspBenchmark() throws Exception {
        Pipe toServer = new Pipe();
        Pipe toClient = new Pipe();
        GkreportLanguageServer impl = new GkreportLanguageServer(new Analyzer(), code -> { }, ParentProcessWatcher.DEFAULT_PERIOD_MS);
        ServerLauncher.create(impl, toServer.in, toClient.out).startListening();
        var launcher = LSPLauncher.createClientLauncher(new TimingClient(), toClient.in, toServer.out);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        JsonObject options = new JsonObject();
        options.addProperty("debounceMs", 0);
        params.setInitializationOptions(options);
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    public static void main(String[] args) throws Exception {
        int edits = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        int warmup = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        LspBenchmark bench = new LspBenchmark();
        String sample = SampleFiles.text(SampleFiles.S000);
        String large = padded(sample, ONE_MB);
        System.out.printf(Locale.ROOT, "didChange → publishDiagnostics, debounce 0, %d edits after %d warm-up edits%n", edits, warmup);
        bench.report("sample 000", sample, edits, warmup);
        bench.report("1 MB report", large, edits, warmup);
        bench.heapWithOpenDocuments(50);
        System.exit(0);
    }

    private void report(String name, String text, int edits, int warmup) throws Exception {
        String uri = "file:///bench/" + name.replace(' ', '_') + ".txt";
        open(uri, text);
        Position digit = digitPosition(text);
        int version = 1;
        for (int i = 0; i < warmup; i++) edit(uri, ++version, digit);
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < edits; i++) ms.add(edit(uri, ++version, digit));
        Collections.sort(ms);
        System.out.printf(Locale.ROOT, "  %-12s %,10d bytes UTF-8   p50 %7.1f ms   p95 %7.1f ms   max %7.1f ms%n", name,
                text.getBytes(StandardCharsets.UTF_8).length, percentile(ms, 50), percentile(ms, 95), ms.get(ms.size() - 1));
    }

    private double edit(String uri, int version, Position digit) throws Exception {
        String newDigit = version % 2 == 0 ? "1" : "0";
        CompletableFuture<Long> arrived = expect(uri, version);
        long sent = System.nanoTime();
        server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version),
                List.of(new TextDocumentContentChangeEvent(new Range(digit, new Position(digit.getLine(), digit.getCharacter() + 1)), newDigit))));
        return (arrived.get(60, TimeUnit.SECONDS) - sent) / 1e6;
    }

    private void heapWithOpenDocuments(int count) throws Exception {
        List<String> names = SampleFiles.names();
        for (int i = 0; i < count; i++) {
            String name = names.get(i % names.size());
            open("file:///bench/open/" + i + "_" + name, SampleFiles.text(name));
        }
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        long used = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        System.out.printf(Locale.ROOT, "heap used after GC with %d sample documents open (and the two above): %.1f MB (max heap %.0f MB)%n",
                count, used / 1048576.0, Runtime.getRuntime().maxMemory() / 1048576.0);
    }

    private void open(String uri, String text) throws Exception {
        CompletableFuture<Long> arrived = expect(uri, 1);
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "gkreport", 1, text)));
        arrived.get(60, TimeUnit.SECONDS);
    }

    private CompletableFuture<Long> expect(String uri, int version) {
        return arrivals.computeIfAbsent(uri + "#" + version, k -> new CompletableFuture<>());
    }

    /** Sample 000 with its section 五 written again and again until the text is {@code bytes} long in UTF-8. */
    static String padded(String sample, int bytes) {
        int five = sample.indexOf("五、存在的主要问题及改进情况");
        int six = sample.indexOf("六、其他需要报告的事项");
        String body = sample.substring(sample.indexOf('\n', five) + 1, six);
        StringBuilder b = new StringBuilder(sample.substring(0, six));
        int size = sample.getBytes(StandardCharsets.UTF_8).length;
        while (size < bytes) {
            b.append(body);
            size += body.getBytes(StandardCharsets.UTF_8).length;
        }
        return b.append(sample.substring(six)).toString();
    }

    /** Where the 自然人 value of table 三's 二、上年结转 row stands. */
    private static Position digitPosition(String text) {
        int at = text.indexOf(CELL_ROW);
        int offset = at + CELL_ROW.length() - 2;
        int line = (int) text.substring(0, offset).chars().filter(c -> c == '\n').count();
        return new Position(line, offset - (text.lastIndexOf('\n', offset - 1) + 1));
    }

    private static double percentile(List<Double> sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, index));
    }

    /** Notes when each version's diagnostics arrive. */
    private final class TimingClient implements LanguageClient {
        @Override
        public void publishDiagnostics(PublishDiagnosticsParams params) {
            long now = System.nanoTime();
            if (params.getVersion() != null) expect(params.getUri(), params.getVersion()).complete(now);
        }

        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
            System.err.println(message.getMessage());
        }
    }
}

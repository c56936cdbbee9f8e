package gkreport.lsp;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import gkreport.testkit.ChildJvm;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * {@code gkreport lsp} in a JVM of its own, driven with raw bytes on its standard input, its
 * standard output read as JSON-RPC messages framed by Content-Length.
 */
final class RawLspClient implements AutoCloseable {
    private final Process process;
    private final OutputStream in;
    private final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    private final StringBuilder stderr = new StringBuilder();
    private final StringBuffer strayOutput = new StringBuffer();

    RawLspClient(String maxHeap) throws IOException {
        process = ChildJvm.start(List.of(maxHeap, "-Xlog:disable", "-Xlog:all=warning:stderr"), "lsp");
        in = process.getOutputStream();
        Thread reader = new Thread(() -> read(process.getInputStream()), "raw-lsp-reader");
        reader.setDaemon(true);
        reader.start();
        Thread drain = new Thread(() -> drain(process.getErrorStream()), "raw-lsp-stderr");
        drain.setDaemon(true);
        drain.start();
    }

    void sendBytes(byte[] bytes) throws IOException {
        in.write(bytes);
        in.flush();
    }

    /** A message framed as the protocol frames it. */
    void send(String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        sendFramed(body);
    }

    void sendFramed(byte[] body) throws IOException {
        sendBytes(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        sendBytes(body);
    }

    /** The response to the request with this id, skipping notifications and other responses. */
    JsonObject response(int id, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) throw new AssertionError("no response to request " + id + " within " + timeout + "; the server's standard error:\n" + stderr());
            if (m.has("id") && !m.get("id").isJsonNull() && m.get("id").getAsInt() == id && !m.has("method")) return m;
        }
    }

    /** The next message that is not a notification or a response to a request with an id. */
    JsonObject nextWithoutId(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) throw new AssertionError("no response without id within " + timeout);
            if (!m.has("method") && (!m.has("id") || m.get("id").isJsonNull())) return m;
        }
    }

    /** The next notification of this method, skipping other messages. */
    JsonObject notification(String method, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonObject m = messages.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (m == null) throw new AssertionError("no " + method + " within " + timeout + "; the server's standard error:\n" + stderr());
            if (m.has("method") && m.get("method").getAsString().equals(method) && !m.has("id")) return m;
        }
    }

    /** What the server wrote on standard output that is no message header: nothing, if it keeps to the protocol. */
    String strayOutput() {
        return strayOutput.toString();
    }

    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) throw new AssertionError("server still running");
        return process.exitValue();
    }

    boolean alive() {
        return process.isAlive();
    }

    private void read(InputStream out) {
        try {
            while (true) {
                int length = -1;
                String header;
                while (!(header = line(out)).isEmpty()) {
                    if (header.toLowerCase().startsWith("content-length:")) length = Integer.parseInt(header.substring(15).trim());
                    else if (!header.toLowerCase().startsWith("content-type:")) strayOutput.append(header).append('\n');
                }
                byte[] body = out.readNBytes(length);
                if (body.length < length) return;
                messages.add(JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject());
            }
        } catch (IOException | RuntimeException e) {
            // the server closed its output
        }
    }

    private static String line(InputStream out) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int c;
        while ((c = out.read()) != '\n') {
            if (c < 0) throw new IOException("end of stream");
            if (c != '\r') b.write(c);
        }
        return b.toString(StandardCharsets.US_ASCII);
    }

    /** Keeps the end of the server's standard error, for the message of a failed test. */
    private void drain(InputStream err) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = err.read(buffer)) > 0; ) {
                synchronized (stderr) {
                    stderr.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    if (stderr.length() > 20_000) stderr.delete(0, stderr.length() - 20_000);
                }
            }
        } catch (IOException e) {
            // the server ended
        }
    }

    /** The end of what the server wrote on standard error. */
    String stderr() {
        synchronized (stderr) {
            return stderr.toString();
        }
    }

    @Override
    public void close() {
        process.destroyForcibly();
    }
}

package gkreport.lsp;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The client's byte stream, re-framed so that one bad frame costs one message and not the rest of
 * the session. LSP4J's reader trusts every Content-Length: a header whose line end is missing, or a
 * length that is too short, glues what follows onto the next header, and from then on every header
 * is garbage. This stream hands LSP4J only frames it has checked: a header line that holds a
 * {@code Content-Length:} after other bytes starts a new frame there (the bytes before it are
 * dropped), and a body that runs into the next frame's header (a length too long) ends where that
 * header starts.
 */
final class ResyncingFrames extends InputStream {
    private static final String CONTENT_LENGTH = "content-length:";
    private static final int LONGEST_HEADER_LINE = 4096;
    private static final int READ_CHUNK = 64 * 1024;
    /** A header line inside a body: never valid JSON, which has no raw line ends inside strings. */
    private static final Pattern HEADER_IN_BODY = Pattern.compile("(?i)content-length:[ \\t]*\\d+\\r?\\n");
    private static final int LONGEST_HEADER_IN_BODY = 64;

    private final PushbackInputStream in;
    private final FrameProblems problems;
    /** Whether the header line last read was too long and lost its start. */
    private boolean lineCut;
    private ByteArrayInputStream frame = new ByteArrayInputStream(new byte[0]);

    /** What a dropped or cut frame is reported to (standard error in the server). */
    interface FrameProblems {
        void report(String what);
    }

    ResyncingFrames(InputStream in, FrameProblems problems) {
        // Room for what a cut body gives back, twice over: the bytes given back may be read and given back again.
        this.in = new PushbackInputStream(new BufferedInputStream(in), 2 * (READ_CHUNK + LONGEST_HEADER_IN_BODY));
        this.problems = problems;
    }

    @Override
    public int read() throws IOException {
        if (!ensureFrame()) return -1;
        return frame.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!ensureFrame()) return -1;
        return frame.read(b, off, len);
    }

    @Override
    public int available() {
        return frame.available();
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    private boolean ensureFrame() throws IOException {
        while (frame.available() == 0) {
            byte[] checked = nextFrame();
            if (checked == null) return false;
            frame = new ByteArrayInputStream(checked);
        }
        return true;
    }

    /** The next well-framed message, header included, or null at the end of the stream. */
    private byte[] nextFrame() throws IOException {
        Header header = new Header();
        while (true) {
            String line = headerLine();
            if (line == null) return null;
            int restart = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
            if (restart > 0 || lineCut && restart == 0) {
                problems.report("dropped bytes before a Content-Length header");
                header = new Header();
                line = line.substring(restart);
            }
            if (!line.isEmpty()) {
                header.add(line);
                continue;
            }
            if (header.contentLength >= 0) return frame(header);
            if (header.lines > 0) problems.report("dropped a header without a valid Content-Length");
            header = new Header();
        }
    }

    /**
     * One header line without its line end, or null at the end of the stream. Of a line too long to
     * be a header only the part that could still end in one is kept.
     */
    private String headerLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        lineCut = false;
        while (true) {
            int c = in.read();
            if (c < 0) return null;
            if (c == '\n') return line.toString(StandardCharsets.ISO_8859_1);
            if (c == '\r') continue;
            line.write(c);
            if (line.size() > LONGEST_HEADER_LINE) {
                line = tailThatMayHoldAHeader(line.toString(StandardCharsets.ISO_8859_1));
                lineCut = true;
            }
        }
    }

    private static ByteArrayOutputStream tailThatMayHoldAHeader(String line) {
        int start = line.toLowerCase(Locale.ROOT).lastIndexOf(CONTENT_LENGTH);
        if (start < 0 || line.length() - start > LONGEST_HEADER_LINE / 2) start = line.length() - CONTENT_LENGTH.length();
        ByteArrayOutputStream tail = new ByteArrayOutputStream();
        tail.writeBytes(line.substring(start).getBytes(StandardCharsets.ISO_8859_1));
        return tail;
    }

    private byte[] frame(Header header) throws IOException {
        byte[] body = body(header.contentLength);
        ByteArrayOutputStream frame = new ByteArrayOutputStream(body.length + 100);
        frame.writeBytes(("Content-Length: " + body.length + "\r\n").getBytes(StandardCharsets.US_ASCII));
        if (header.contentType != null) frame.writeBytes((header.contentType + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        frame.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
        frame.writeBytes(body);
        return frame.toByteArray();
    }

    /**
     * The body, read as it arrives (nothing is allocated for a length that never comes), cut where
     * the next frame's header starts if the length was too long; the cut-off bytes are read again.
     */
    private byte[] body(long contentLength) throws IOException {
        byte[] body = new byte[(int) Math.min(contentLength, READ_CHUNK)];
        int size = 0;
        while (size < contentLength) {
            if (size == body.length) body = Arrays.copyOf(body, (int) Math.min(contentLength, 2L * body.length));
            int n = in.read(body, size, Math.min(READ_CHUNK, body.length - size));
            if (n < 0) break;
            int header = headerStart(body, Math.max(0, size - LONGEST_HEADER_IN_BODY), size + n);
            size += n;
            if (header >= 0) {
                problems.report("cut a message whose Content-Length " + contentLength + " ran into the next header");
                in.unread(body, header, size - header);
                return Arrays.copyOf(body, header);
            }
        }
        return size == body.length ? body : Arrays.copyOf(body, size);
    }

    private static int headerStart(byte[] bytes, int from, int to) {
        Matcher m = HEADER_IN_BODY.matcher(new String(bytes, from, to - from, StandardCharsets.ISO_8859_1));
        return m.find() ? from + m.start() : -1;
    }

    /** The headers of one frame: the length, and the content type passed on as it came. */
    private final class Header {
        long contentLength = -1;
        String contentType;
        int lines;

        void add(String line) {
            lines++;
            int colon = line.indexOf(':');
            if (colon < 0) return;
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (name.equals("content-type")) contentType = line;
            if (!name.equals("content-length")) return;
            try {
                contentLength = Long.parseLong(value);
            } catch (NumberFormatException e) {
                contentLength = -1;
            }
            if (contentLength < 0 || contentLength > Integer.MAX_VALUE - 100) {
                problems.report("ignored the header \"" + line + "\"");
                contentLength = -1;
            }
        }
    }
}

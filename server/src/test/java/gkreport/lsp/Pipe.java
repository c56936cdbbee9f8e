package gkreport.lsp;

import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory pipe for connecting a client and a server in one JVM. Unlike java.io's piped
 * streams it does not tie itself to the threads that write (LSP4J writes from several pools), and
 * after {@link #close()} the reader sees the end of the stream and late writes are dropped, as to
 * a peer that has gone away.
 */
public final class Pipe implements AutoCloseable {
    private static final byte[] END = new byte[0];

    private final LinkedBlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private volatile boolean closed;

    public final OutputStream out = new OutputStream() {
        @Override
        public void write(int b) {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (!closed && len > 0) chunks.add(Arrays.copyOfRange(b, off, off + len));
        }

        @Override
        public void close() {
            Pipe.this.close();
        }
    };

    public final InputStream in = new InputStream() {
        private byte[] current = new byte[0];
        private int position;

        @Override
        public int read() throws java.io.InterruptedIOException {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) throws java.io.InterruptedIOException {
            if (len == 0) return 0;
            if (position == current.length) {
                if (current == END) return -1;
                try {
                    current = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new java.io.InterruptedIOException();
                }
                position = 0;
                if (current == END) return -1;
            }
            int n = Math.min(len, current.length - position);
            System.arraycopy(current, position, b, off, n);
            position += n;
            return n;
        }
    };

    @Override
    public void close() {
        if (closed) return;
        closed = true;
        chunks.add(END);
    }
}

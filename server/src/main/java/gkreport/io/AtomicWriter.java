package gkreport.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;

/**
 * Writes a file so that a reader, or a crash, sees either the old content or the new, never
 * half of it: a temporary file beside it, flushed to disk, then renamed over it.
 *
 * <p>The temporary file is named after the target and the writing process
 * ({@code .report.txt.<pid>.<random>.tmp}). A process killed before the rename leaves it behind;
 * the next write of the same file removes the temporary files of processes that are gone.
 */
public final class AtomicWriter {
    private static final String SUFFIX = ".tmp";
    private static final SecureRandom RANDOM = new SecureRandom();

    private AtomicWriter() {
    }

    public static void write(Path target, byte[] content) throws IOException {
        try (Pending pending = start(target)) {
            pending.stream().write(content);
            pending.commit();
        }
    }

    /**
     * A write to be streamed: what is written to {@link Pending#stream()} goes to the temporary
     * file, and {@link Pending#commit()} puts it in the target's place; closed uncommitted, the
     * target is left as it was. A new target's folders are made as needed.
     */
    public static Pending start(Path target) throws IOException {
        target = existingTarget(target);
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir); // a new file's folders are made as needed
        String prefix = "." + target.getFileName() + ".";
        removeLeftovers(dir, prefix);
        // Not createTempFile, whose 0600 a new file would keep: a new file gets the mode the umask gives, an old one its own.
        Path temp = Files.createFile(dir.resolve(prefix + ProcessHandle.current().pid() + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + SUFFIX));
        return new Pending(target, temp, FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING));
    }

    /** A write under way; see {@link #start}. */
    public static final class Pending implements AutoCloseable {
        private final Path target;
        private final Path temp;
        private final FileChannel channel;
        private final OutputStream stream;

        private Pending(Path target, Path temp, FileChannel channel) {
            this.target = target;
            this.temp = temp;
            this.channel = channel;
            this.stream = new BufferedOutputStream(Channels.newOutputStream(channel));
        }

        public OutputStream stream() {
            return stream;
        }

        public Path target() {
            return target;
        }

        /** Flushes the content to disk and renames it over the target, keeping the target's mode. */
        public void commit() throws IOException {
            stream.flush();
            channel.force(true);
            channel.close();
            keepPermissions(target, temp);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        @Override
        public void close() throws IOException {
            channel.close();
            Files.deleteIfExists(temp);
        }
    }

    /** Temporary files of this target whose writer is no longer running. */
    private static void removeLeftovers(Path dir, String prefix) throws IOException {
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, p -> isLeftover(p.getFileName().toString(), prefix))) {
            for (Path temp : temps) Files.deleteIfExists(temp);
        }
    }

    private static boolean isLeftover(String name, String prefix) {
        if (!name.startsWith(prefix) || !name.endsWith(SUFFIX)) return false;
        String rest = name.substring(prefix.length());
        int dot = rest.indexOf('.');
        if (dot <= 0) return false;
        try {
            return ProcessHandle.of(Long.parseLong(rest.substring(0, dot))).map(p -> !p.isAlive()).orElse(true);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * The file to write for the target: a link's target (so that the link stays a link and its
     * target gets the new content), refused when it is read-only — by its mode, whoever runs the
     * write, root included, as an editor refuses it.
     */
    private static Path existingTarget(Path target) throws IOException {
        if (!Files.exists(target)) return target;
        Path real = target.toRealPath();
        PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
        boolean readOnly = view != null ? !view.readAttributes().permissions().contains(PosixFilePermission.OWNER_WRITE) : !Files.isWritable(real);
        if (readOnly) throw new KeptFileException(real, KeptFileException.Why.READ_ONLY, null);
        return real;
    }

    /** The new file gets the old one's mode, owner and group; a file whose owner cannot be kept is not replaced. */
    private static void keepPermissions(Path original, Path temp) throws IOException {
        if (!Files.exists(original)) return;
        PosixFileAttributeView view = Files.getFileAttributeView(original, PosixFileAttributeView.class);
        if (view == null) return;
        PosixFileAttributes old = view.readAttributes();
        Files.setPosixFilePermissions(temp, old.permissions());
        PosixFileAttributeView written = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        try {
            if (!written.readAttributes().owner().equals(old.owner())) written.setOwner(old.owner());
            if (!written.readAttributes().group().equals(old.group())) written.setGroup(old.group());
        } catch (IOException e) {
            throw new KeptFileException(original, KeptFileException.Why.OTHER_OWNER, old.owner().getName());
        }
    }
}

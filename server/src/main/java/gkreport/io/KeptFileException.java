package gkreport.io;

import java.io.IOException;
import java.nio.file.Path;

/** A file an atomic rewrite leaves as it is: read-only, or owned by a user whose ownership could not be kept. */
public final class KeptFileException extends IOException {
    /** Why the file is kept. */
    public enum Why { READ_ONLY, OTHER_OWNER }

    private final Path file;
    private final Why why;
    private final String owner;

    KeptFileException(Path file, Why why, String owner) {
        super(file + ": " + why);
        this.file = file;
        this.why = why;
        this.owner = owner;
    }

    public Path file() {
        return file;
    }

    public Why why() {
        return why;
    }

    /** The owner of a file kept for {@link Why#OTHER_OWNER}. */
    public String owner() {
        return owner;
    }
}

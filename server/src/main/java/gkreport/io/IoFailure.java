package gkreport.io;

import gkreport.text.Message;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Why a file could not be read or written, in the user's words rather than the exception's. */
public final class IoFailure {
    private IoFailure() {
    }

    public static Message reason(IOException e) {
        if (e instanceof KeptFileException k) {
            return k.why() == KeptFileException.Why.READ_ONLY
                    ? Message.of("io.readOnly", k.file())
                    : Message.of("io.otherOwner", k.file(), k.owner());
        }
        if (e instanceof AccessDeniedException a) return Message.of("io.accessDenied", a.getFile());
        // A folder to be made, or to write into, that is a file.
        if (e instanceof FileAlreadyExistsException || e instanceof NotDirectoryException) {
            return Message.of("io.notAFolder", ((FileSystemException) e).getFile());
        }
        if (e instanceof NoSuchFileException n) return Message.of("io.noSuchFolder", n.getFile());
        return Message.of("io.other", String.valueOf(e.getMessage()));
    }
}

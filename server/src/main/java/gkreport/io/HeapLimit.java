package gkreport.io;

import gkreport.text.Message;

/**
 * The heap a file is read in, and what is said of a file that does not fit: too large for the
 * memory given, with the option that gives more. The file is refused; what it built is garbage once
 * refused, and the next file is read.
 */
public final class HeapLimit {
    private static final long MB = 1024 * 1024;

    private HeapLimit() {
    }

    /** Why a file that ran out of memory is not read (the CLI: {@code GKREPORT_JAVA_OPTS}). */
    public static Message fileTooLarge() {
        return Message.of("file.outOfMemory", String.valueOf(heapMb()), String.valueOf(suggestedMb()));
    }

    /** Why a document open in the editor that ran out of memory is not checked. */
    public static Message documentTooLarge() {
        return Message.of("lsp.tooLarge", String.valueOf(heapMb()), String.valueOf(suggestedMb()));
    }

    private static long heapMb() {
        return Runtime.getRuntime().maxMemory() / MB;
    }

    /** Four times the heap, at least 512 MB: a text needs about eight times its size (README). */
    private static long suggestedMb() {
        return Math.max(512, 4 * heapMb());
    }
}

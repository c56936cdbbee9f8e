package gkreport.cli;

import gkreport.io.DecodedText;
import gkreport.rules.Message;
import gkreport.service.Analysis;

/**
 * What checking one file gave: its analysis, or why it could not be read.
 *
 * @param path     the path as shown to the user
 * @param decoded  the file's text, or null when unreadable
 * @param analysis its analysis, or null when unreadable
 * @param error    why it could not be read or written, or null
 * @param fixed    how many fixes --fix applied
 */
record FileReport(String path, DecodedText decoded, Analysis analysis, Message error, int fixed) {
    static FileReport unreadable(String path, Message error) {
        return new FileReport(path, null, null, error, 0);
    }

    boolean readable() {
        return analysis != null;
    }
}

package gkreport.cli;

import java.util.List;

/** An output format of {@code check}, written as the files' reports come, one document in all. */
interface ReportSink {
    /** Before the first file; the survey tells which files could not be read. */
    default void begin(List<CheckedFile> files, List<Survey.Entry> survey) {
    }

    /** One file's report, in the files' order. */
    void file(int index, FileReport report);

    /** After the last file. */
    void end(Tally tally);
}

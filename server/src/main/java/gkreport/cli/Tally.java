package gkreport.cli;

import gkreport.rules.Finding;
import gkreport.rules.Severity;

/** Counts for the summary line, the JSON summary and the exit code, kept as the files are printed. */
final class Tally {
    private int files;
    private int errors;
    private int warnings;
    private int infos;
    private int unreadable;

    void add(FileReport r) {
        files++;
        if (r.error() != null) unreadable++;
        if (!r.readable()) return;
        for (Finding f : r.analysis().findings()) {
            if (f.severity() == Severity.ERROR) errors++;
            else if (f.severity() == Severity.WARNING) warnings++;
            else if (f.severity() == Severity.INFO) infos++;
        }
    }

    int files() {
        return files;
    }

    int errors() {
        return errors;
    }

    int warnings() {
        return warnings;
    }

    int infos() {
        return infos;
    }

    /** Files that could not be read, or not written back. */
    int unreadable() {
        return unreadable;
    }

    /** 2 when a file could not be read; else 1 for an error, or for more warnings than allowed (null: any number). */
    int exitCode(Integer maxWarnings) {
        if (unreadable > 0) return ExitCodes.UNREADABLE;
        boolean tooManyWarnings = maxWarnings != null && warnings > maxWarnings;
        return errors > 0 || tooManyWarnings ? ExitCodes.ERRORS : ExitCodes.CLEAN;
    }
}

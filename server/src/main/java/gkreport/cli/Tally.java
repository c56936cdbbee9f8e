package gkreport.cli;

import gkreport.rules.Finding;
import gkreport.rules.Severity;
import java.util.List;

/** Counts for the summary line and the JSON summary. */
record Tally(int files, int errors, int warnings, int infos, int unreadable) {
    static Tally of(List<FileReport> reports) {
        int errors = 0;
        int warnings = 0;
        int infos = 0;
        int unreadable = 0;
        for (FileReport r : reports) {
            if (r.error() != null) unreadable++;
            if (!r.readable()) continue;
            for (Finding f : r.analysis().findings()) {
                if (f.severity() == Severity.ERROR) errors++;
                else if (f.severity() == Severity.WARNING) warnings++;
                else if (f.severity() == Severity.INFO) infos++;
            }
        }
        return new Tally(reports.size(), errors, warnings, infos, unreadable);
    }
}

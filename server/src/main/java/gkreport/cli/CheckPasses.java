package gkreport.cli;

import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.YearPairs;
import gkreport.text.Message;
import java.io.PrintWriter;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.function.ObjIntConsumer;

/**
 * The two passes over the files of a check, each on every core. The {@link Survey} reads each
 * file's cross-year key (and with --fix writes its fixes); {@link OrderedChecks} then analyses the
 * files, a window ahead of the one handed on, and hands each on, with its cross-year findings, as
 * soon as it and those before it are done. Memory holds the survey's few bytes a file and a window
 * of analyses, not every file's analysis. A file a folder walk found that is no report is skipped.
 */
final class CheckPasses {
    private final Analyzer analyzer = new Analyzer();
    private final ExecutorService workers;
    private final PrintWriter err;
    private final boolean verbose;

    /** @param verbose say on standard error which walked files were skipped as no report */
    CheckPasses(ExecutorService workers, PrintWriter err, boolean verbose) {
        this.workers = workers;
        this.err = err;
        this.verbose = verbose;
    }

    /**
     * The first pass: each file's entry, its notices said on standard error. Without fixes, a
     * survey asked for by nothing else, and a single file (no pairs), it is skipped.
     */
    List<Survey.Entry> survey(List<CheckedFile> files, boolean fix, boolean wanted) {
        boolean pairs = files.size() > 1;
        List<Survey.Entry> survey = pairs || fix || wanted
                ? new Survey(analyzer, fix, pairs).run(files, workers)
                : Collections.nCopies(files.size(), Survey.Entry.UNKNOWN);
        for (int i = 0; i < files.size(); i++) {
            if (survey.get(i).notice() != null) err.println(files.get(i).messages().render(survey.get(i).notice()));
        }
        return survey;
    }

    /** The second pass: each file's report and index, in the files' order; a rule that threw is said. */
    void check(List<CheckedFile> files, List<Survey.Entry> survey, ObjIntConsumer<FileReport> each) {
        YearPairs pairing = YearPairs.of(survey.stream().map(Survey.Entry::key).toList());
        new OrderedChecks(files, survey, pairing, analyzer, workers, Workers.window()).forEach((report, index) -> {
            if (files.get(index).walked() && report.notAReport()) {
                if (verbose) err.println(report.messages().render(Message.of("cli.notAReport", report.path())));
                return;
            }
            each.accept(report, index);
        });
    }

    /** A rule that threw was skipped and the others still reported; the user is told which, and on which file. */
    void reportFailedRules(FileReport r) {
        if (!r.readable()) return;
        for (Analysis.RuleFailure failure : r.analysis().failedRules()) {
            err.println(r.messages().render(Message.of("cli.ruleFailed", r.path(), failure.rule().id(), String.valueOf(failure.error()))));
        }
    }
}

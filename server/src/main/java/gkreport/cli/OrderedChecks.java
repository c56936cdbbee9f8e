package gkreport.cli;

import gkreport.io.DecodedText;
import gkreport.io.HeapLimit;
import gkreport.io.UnreadableFileException;
import gkreport.model.Report;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.LastYearReport;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.ReportSet;
import gkreport.service.YearPairs;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.ObjIntConsumer;

/**
 * The second pass of a check: the files are checked on the workers, at most a window ahead of the
 * one printed, and each file's report is handed on in the files' order as soon as it and those
 * before it are done, with its cross-year findings added. So memory holds a window of analyses,
 * whatever the number of files. A .docx or .html is checked alone (see {@link #mayStart}).
 *
 * <p>Of a file that is the year before another, only its {@link LastYearReport} is kept, and only
 * until every file of the year after has been handed on. A year before that comes later in the
 * files' order than its year after is read ahead for its {@code LastYearReport} alone (parsed and
 * recognised, without the rules), and checked again in its turn.
 */
final class OrderedChecks {
    private final List<CheckedFile> files;
    private final List<Survey.Entry> survey;
    private final YearPairs pairing;
    private final Analyzer analyzer;
    private final ExecutorService workers;
    private final int window;
    private final List<Future<FileReport>> checks;
    private final Map<Integer, CompletableFuture<LastYearReport>> lastYears = new HashMap<>();
    private final int[] nextYearsLeft;

    OrderedChecks(List<CheckedFile> files, List<Survey.Entry> survey, YearPairs pairing, Analyzer analyzer,
                  ExecutorService workers, int window) {
        this.files = files;
        this.survey = survey;
        this.pairing = pairing;
        this.analyzer = analyzer;
        this.workers = workers;
        this.window = window;
        this.checks = new ArrayList<>(files.size());
        this.nextYearsLeft = new int[files.size()];
        for (int i = 0; i < files.size(); i++) nextYearsLeft[i] = pairing.nextYears(i);
    }

    /** Hands each file's report and its index to the sink, in the files' order. */
    void forEach(ObjIntConsumer<FileReport> sink) {
        for (int i = 0; i < files.size(); i++) {
            while (checks.size() < files.size() && checks.size() < i + window && mayStart(checks.size(), i)) submit(checks.size());
            FileReport report = InOrder.join(checks.get(i));
            checks.set(i, null);
            sink.accept(withCrossYear(i, report), i);
        }
    }

    /**
     * Whether the file's check may start while the one at the head is not yet printed: a converted
     * file starts only at the head, and nothing starts after it until it is printed, so that its
     * conversion, analysis and output have the process to themselves, as the importer's limits
     * assume.
     */
    private boolean mayStart(int file, int head) {
        if (file == head) return true;
        return !files.get(file).input().converted() && !files.get(file - 1).input().converted();
    }

    private void submit(int file) {
        for (int before : pairing.lastYears(file)) {
            if (before > file && !lastYears.containsKey(before)) {
                lastYears.put(before, CompletableFuture.supplyAsync(
                        () -> FileText.work(files.get(before).input(), () -> lastYearOnly(before), () -> null), workers));
            }
        }
        CompletableFuture<LastYearReport> lastYear = null;
        if (pairing.nextYears(file) > 0 && !lastYears.containsKey(file)) {
            lastYear = new CompletableFuture<>();
            lastYears.put(file, lastYear);
        }
        CompletableFuture<LastYearReport> keep = lastYear;
        CheckedFile checked = files.get(file);
        checks.add(workers.submit(() -> FileText.work(checked.input(), () -> check(file, keep),
                () -> tooLarge(checked, keep))));
    }

    /**
     * The file's report; when asked, what the files of the year after need of it, kept as well. Out
     * of memory, they wait on: {@link FileText#work} checks the file again alone, or says it is too large.
     */
    private FileReport check(int index, CompletableFuture<LastYearReport> lastYear) {
        CheckedFile file = files.get(index);
        Survey.Entry entry = survey.get(index);
        try {
            DecodedText decoded = FileText.load(file);
            Analysis analysis = analyzer.analyze(decoded.text(), file.settings());
            if (lastYear != null) lastYear.complete(lastYearOf(file, analysis.report()));
            return new FileReport(file.shown(), file.input(), decoded, analysis, entry.writeError(), entry.fixed(), file.messages());
        } catch (UnreadableFileException e) {
            if (lastYear != null) lastYear.complete(null);
            return FileReport.unreadable(file.shown(), file.input(), e.reason(), file.messages());
        } catch (RuntimeException e) {
            if (lastYear != null) lastYear.complete(null);
            throw e;
        }
    }

    /** The report of a file that does not fit in the heap: unreadable; the files of the year after go without it. */
    private static FileReport tooLarge(CheckedFile file, CompletableFuture<LastYearReport> lastYear) {
        if (lastYear != null) lastYear.complete(null);
        return FileReport.unreadable(file.shown(), file.input(), HeapLimit.fileTooLarge(), file.messages());
    }

    private LastYearReport lastYearOnly(int index) {
        CheckedFile file = files.get(index);
        try {
            return ReportSet.lastYearOf(file.shown(), FileText.load(file).text()).orElse(null);
        } catch (UnreadableFileException e) {
            return null;
        }
    }

    /** What the next year's report needs of this one; null when its title gives no key after all. */
    private static LastYearReport lastYearOf(CheckedFile file, Report report) {
        return ReportSet.lastYearOf(file.shown(), report).orElse(null);
    }

    private FileReport withCrossYear(int index, FileReport report) {
        int[] before = pairing.lastYears(index);
        if (before.length == 0) return report;
        List<LastYearReport> found = new ArrayList<>();
        for (int b : before) {
            LastYearReport lastYear = InOrder.join(lastYears.get(b));
            if (lastYear != null) found.add(lastYear);
            if (--nextYearsLeft[b] == 0) lastYears.remove(b);
        }
        if (!report.readable() || found.isEmpty()) return report;
        List<Finding> more = new ReportSet(found).findingsOn(report.path(), report.analysis().report(), files.get(index).settings());
        return more.isEmpty() ? report : report.withAnalysis(report.analysis().plus(more));
    }
}

package gkreport.cli;

import gkreport.grammar.SourceText;
import gkreport.io.AtomicWriter;
import gkreport.io.IoFailure;
import gkreport.review.Links;
import gkreport.review.ReviewPage;
import gkreport.review.ReviewedReport;
import gkreport.rules.Finding;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code gkreport review}: checks reports as {@code check} does (the same files, the same findings,
 * cross-year pairs included) and writes one self-contained HTML page to review them by: every
 * report in a table to sort and filter, the findings per rule, each agency's figures year by year,
 * each report's findings and tables. Exits 0, 1 or 2 as {@code check}.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        description = "检查报告并写出一个供审阅的 HTML 页面 / Check reports and write one HTML page to review them by.")
final class ReviewCommand implements Callable<Integer> {
    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "写入此 HTML 文件（必需；上级文件夹不存在时创建） / the HTML file to write (required; missing folders are created)")
    Path output;

    @CommandLine.Mixin
    SelectionOptions options;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件、文件夹或通配符 / files, folders or globs")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        Messages said = options.said();
        if (output == null) throw new CommandLine.ParameterException(spec.commandLine(), said.text("review.output.required"));
        if (paths.contains(FileSelection.STDIN)) throw new CommandLine.ParameterException(spec.commandLine(), said.text("review.stdin"));
        if (options.configMissing(err)) return ExitCodes.UNREADABLE;
        FileSelection selection = options.selection(err);
        FileSelection.Chosen chosen = selection.choose(paths, false, s -> {
            throw new IllegalStateException("standard input was refused above");
        });
        Path page = output.toAbsolutePath().normalize();
        // The page of an earlier run, in a folder reviewed again, is no report.
        List<CheckedFile> files = chosen.files().stream().filter(f -> !f.file().toAbsolutePath().normalize().equals(page)).toList();
        Messages messages = selection.commonMessages(files);
        boolean noFiles = files.isEmpty();
        if (noFiles) err.println(messages.text("cli.noFiles"));
        Tally tally = new Tally();
        List<ReviewedReport> reviewed = new ArrayList<>(files.size());
        ExecutorService workers = Workers.start();
        try {
            CheckPasses passes = new CheckPasses(workers, err, false);
            List<Survey.Entry> survey = passes.survey(files, false, false);
            Progress progress = new Progress(err, messages, files.size(), Progress.onTerminal());
            passes.check(files, survey, (report, index) -> {
                passes.reportFailedRules(report);
                reviewed.add(reviewed(report, files.get(index)));
                tally.add(report);
                progress.step();
            });
        } finally {
            workers.shutdownNow();
        }
        try {
            AtomicWriter.write(output, ReviewPage.html(reviewed, messages).getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            err.println(messages.render(Message.of("cli.outputUnwritable", output, IoFailure.reason(e))));
            return ExitCodes.UNREADABLE;
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println(Summary.line(tally, messages));
        out.println(messages.render(Message.of("review.written.to", output)));
        int exit = tally.exitCode(null);
        return noFiles || !chosen.unreadableFolders().isEmpty() ? Math.max(exit, ExitCodes.UNREADABLE) : exit;
    }

    /** The report as the page shows it: its findings worded as {@code check}'s text output words them. */
    private ReviewedReport reviewed(FileReport r, CheckedFile file) {
        String href = Links.relative(output, file.file());
        if (!r.readable()) return ReviewedReport.unreadable(r.path(), href, r.messages().render(r.error()));
        SourceText source = r.analysis().report().source();
        List<ReviewedReport.Line> lines = new ArrayList<>();
        for (Finding f : r.analysis().findings()) {
            int start = f.range().start();
            lines.add(new ReviewedReport.Line(f.rule().id(), f.severity().id(), source.lineOf(start) + 1, source.codePointColumn(start),
                    r.message(f)));
        }
        return ReviewedReport.of(r.path(), href, r.analysis().report(), lines, r.messages());
    }
}

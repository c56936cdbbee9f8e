package gkreport.cli;

import gkreport.importer.ReportReader;
import gkreport.io.IoFailure;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code gkreport check}: checks files and folders, prints findings, exits 0, 1 or 2. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查报告文件或文件夹（递归；.txt .md .gkr .docx .html .htm .pdf） / Check report files or folders (recursively).")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, github, junit }

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<OutputSpec> outputs = new ArrayList<>();

    @Option(names = {"-q", "--quiet"}, description = "只报告错误 / report errors only")
    boolean quiet;

    @Option(names = "--max-warnings", paramLabel = "N",
            description = "警告多于 N 个时退出码为 1 / exit 1 when there are more than N warnings")
    Integer maxWarnings;

    @Option(names = "--stdin-filename", paramLabel = "NAME",
            description = "从标准输入（PATH 为 -）读取时，报告的名称，也用于查找配置 / the name of the report read from standard input (PATH -), for messages and config")
    String stdinFilename;

    @CommandLine.Mixin
    SelectionOptions options;

    @Option(names = "--fix", description = "应用安全的修复（序号、标题、转换残留）并原子写回 / apply safe fixes (numbering, titles, conversion debris) in place")
    boolean fix;

    @Option(names = "--verbose", description = "文本输出也列出合计的各运算单元格，并说明跳过了文件夹中哪些不像年报的文件 / also list a sum's operand cells in text output, and tell which files found in folders were skipped as no report")
    boolean verbose;

    @Option(names = {"-u", "--ignore-unknown"}, description = "命名的文件也像文件夹中的文件一样挑选：跳过非报告扩展名、.gkreportignore 与配置忽略的文件和不像年报的文件（供 pre-commit 等传入全部改动文件时使用） / choose named files as folder walks do: skip other extensions, ignored files and files that are no report (for pre-commit and similar tools that pass every changed file)")
    boolean ignoreUnknown;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.ParentCommand
    Main main;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (options.configMissing(err)) return ExitCodes.UNREADABLE;
        if (fix && paths.contains(FileSelection.STDIN)) throw new CommandLine.ParameterException(spec.commandLine(), options.said().text("cli.fixStdin"));
        long toStdout = outputs.stream().filter(o -> o.file == null).count();
        if (toStdout > 1) throw new CommandLine.ParameterException(spec.commandLine(), options.said().text("cli.oneStdout"));
        FileSelection selection = options.selection(err);
        FileSelection.Chosen chosen = selection.choose(paths, ignoreUnknown, this::stdinFile);
        List<CheckedFile> files = chosen.files();
        Messages messages = selection.commonMessages(files);
        // No files is a result: every format still writes its whole (empty) document, and the exit code says it.
        if (chosen.noFiles()) err.println(messages.text("cli.noFiles"));
        ExecutorService workers = Workers.start();
        try (ReportOutputs sink = new ReportOutputs(outputs.isEmpty() ? List.of(OutputSpec.text()) : outputs, messages,
                spec.commandLine().getOut(), verbose)) {
            int exit = check(files, new CheckPasses(workers, err, verbose), sink);
            sink.commit();
            if (chosen.noFiles() || !chosen.unreadableFolders().isEmpty()) return Math.max(exit, ExitCodes.UNREADABLE);
            return exit;
        } catch (ReportOutputs.Unwritable e) {
            err.println(messages.render(Message.of("cli.outputUnwritable", e.file, IoFailure.reason((IOException) e.getCause()))));
            return ExitCodes.UNREADABLE;
        } finally {
            workers.shutdownNow();
        }
    }

    /** The report piped in, named by --stdin-filename (which also finds its config), read whole now. */
    private CheckedFile stdinFile(FileSelection selection) throws IOException {
        String name = stdinFilename != null ? stdinFilename : FileSelection.STDIN.toString();
        return CheckedFile.stdin(ReportReader.readStream(main.in()), name, selection.settingsFor(Path.of(name)));
    }

    /** Both passes ({@link CheckPasses}); each file is printed as soon as it and those before it are done. */
    private int check(List<CheckedFile> files, CheckPasses passes, ReportSink sink) {
        boolean sarif = outputs.stream().anyMatch(o -> o.format == Format.sarif);
        List<Survey.Entry> survey = passes.survey(files, fix, sarif);
        Tally tally = new Tally();
        sink.begin(files, survey);
        passes.check(files, survey, (report, index) -> {
            FileReport shown = quiet ? report.errorsOnly() : report;
            passes.reportFailedRules(shown);
            sink.file(index, shown);
            tally.add(shown);
        });
        sink.end(tally);
        return tally.exitCode(maxWarnings);
    }
}

package gkreport.cli;

import gkreport.config.ConfigLoader;
import gkreport.config.ConfigWarning;
import gkreport.config.ResolvedConfig;
import gkreport.importer.ReportReader;
import gkreport.io.IoFailure;
import gkreport.io.ReportFiles;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Settings;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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

    @Option(names = "--lang", converter = LanguageConverter.class,
            description = "zh | en（默认取配置文件的 language，否则 zh） / default: the config file's language, else zh")
    String lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "使用此配置文件，不再向上查找 .gkreport.json / use this config file instead of the nearest .gkreport.json")
    Path config;

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

    /** The path that names standard input. */
    private static final Path STDIN = Path.of("-");

    @Override
    public Integer call() throws IOException {
        ConfigLoader loader = new ConfigLoader();
        PrintWriter err = spec.commandLine().getErr();
        if (config != null && !Files.isRegularFile(config)) {
            err.println(Messages.forLanguage(lang).render(Message.of("cli.configNotFound", config)));
            return ExitCodes.UNREADABLE;
        }
        Set<ConfigWarning> warned = new HashSet<>();
        List<CheckedFile> files = new ArrayList<>();
        int chosenOut = 0; // files named but left out by --ignore-unknown: nothing to check is then no failure
        ReportFiles.Found found = ReportFiles.find(paths);
        for (Path folder : found.unreadableFolders()) {
            err.println(Messages.forLanguage(lang).render(Message.of("cli.folderUnreadable", folder)));
        }
        if (fix && paths.contains(STDIN)) throw new CommandLine.ParameterException(spec.commandLine(), Messages.forLanguage(lang).text("cli.fixStdin"));
        long toStdout = outputs.stream().filter(o -> o.file == null).count();
        if (toStdout > 1) throw new CommandLine.ParameterException(spec.commandLine(), Messages.forLanguage(lang).text("cli.oneStdout"));
        for (Path file : found.files()) {
            if (file.equals(STDIN)) {
                files.add(stdinFile(loader, err, warned));
                continue;
            }
            boolean named = paths.contains(file);
            boolean walked = !named || ignoreUnknown;
            if (named && ignoreUnknown && ReportFiles.leftOutOfWalks(file)) {
                chosenOut++;
                continue;
            }
            ResolvedConfig resolved = loader.settingsFor(file, config);
            if (walked && resolved.ignored()) { // the config's "ignores" leave it out of folder walks
                if (named) chosenOut++;
                continue;
            }
            Settings settings = lang != null ? resolved.settings().withLanguage(lang) : resolved.settings();
            warnAbout(resolved, settings, err, warned);
            files.add(CheckedFile.of(file, settings, walked));
        }
        Messages messages = Messages.forLanguage(lang != null ? lang : commonLanguage(files, loader));
        // No files is a result: every format still writes its whole (empty) document, and the exit code says it.
        boolean noFiles = files.isEmpty() && chosenOut == 0;
        if (noFiles) err.println(messages.text("cli.noFiles"));
        ExecutorService workers = Workers.start();
        try (ReportOutputs sink = new ReportOutputs(outputs.isEmpty() ? List.of(OutputSpec.text()) : outputs, messages,
                spec.commandLine().getOut(), verbose)) {
            int exit = check(files, messages, workers, err, sink);
            sink.commit();
            if (noFiles || !found.unreadableFolders().isEmpty()) return Math.max(exit, ExitCodes.UNREADABLE);
            return exit;
        } catch (ReportOutputs.Unwritable e) {
            err.println(messages.render(Message.of("cli.outputUnwritable", e.file, IoFailure.reason((IOException) e.getCause()))));
            return ExitCodes.UNREADABLE;
        } finally {
            workers.shutdownNow();
        }
    }

    /** The report piped in, named by --stdin-filename (which also finds its config), read whole now. */
    private CheckedFile stdinFile(ConfigLoader loader, PrintWriter err, Set<ConfigWarning> warned) throws IOException {
        String name = stdinFilename != null ? stdinFilename : STDIN.toString();
        ResolvedConfig resolved = loader.settingsFor(Path.of(name), config);
        Settings settings = lang != null ? resolved.settings().withLanguage(lang) : resolved.settings();
        warnAbout(resolved, settings, err, warned);
        return CheckedFile.stdin(ReportReader.readStream(main.in()), name, settings);
    }

    /**
     * Two passes over the files, each on every core. The survey reads each file's cross-year key
     * (and with --fix writes its fixes); the check then analyses the files, a window ahead of the
     * one printed, and prints each as soon as it and those before it are done. Memory holds the
     * survey's few bytes a file and a window of analyses, not every file's analysis.
     */
    private int check(List<CheckedFile> files, Messages messages, ExecutorService workers, PrintWriter err, ReportSink sink) {
        Analyzer analyzer = new Analyzer();
        boolean pairs = files.size() > 1;
        boolean sarif = outputs.stream().anyMatch(o -> o.format == Format.sarif);
        List<Survey.Entry> survey = pairs || fix || sarif
                ? new Survey(analyzer, fix, pairs).run(files, workers)
                : Collections.nCopies(files.size(), Survey.Entry.UNKNOWN);
        for (int i = 0; i < files.size(); i++) {
            if (survey.get(i).notice() != null) err.println(files.get(i).messages().render(survey.get(i).notice()));
        }
        Tally tally = new Tally();
        sink.begin(files, survey);
        Pairing pairing = Pairing.of(survey.stream().map(Survey.Entry::key).toList());
        new OrderedChecks(files, survey, pairing, analyzer, workers, Workers.window()).forEach((report, index) -> {
            if (files.get(index).walked() && report.notAReport()) {
                if (verbose) err.println(report.messages().render(Message.of("cli.notAReport", report.path())));
                return;
            }
            FileReport shown = quiet ? report.errorsOnly() : report;
            reportFailedRules(shown, err);
            sink.file(index, shown);
            tally.add(shown);
        });
        sink.end(tally);
        return tally.exitCode(maxWarnings);
    }

    private static void warnAbout(ResolvedConfig resolved, Settings settings, PrintWriter err, Set<ConfigWarning> warned) {
        for (ConfigWarning w : resolved.warnings()) {
            if (!warned.add(w)) continue;
            String where = w.where().isEmpty() ? "" : " " + w.where();
            err.println(Messages.forLanguage(settings.language()).render(Message.of("cli.configWarning", w.file(), where, w.message())));
        }
    }

    /**
     * The language of the tool's own lines (summary, rule descriptions): the files' language when
     * their configs agree on one, else that of the config for the current folder.
     */
    private String commonLanguage(List<CheckedFile> files, ConfigLoader loader) {
        Set<Messages> used = new HashSet<>();
        files.forEach(f -> used.add(f.messages()));
        if (used.size() == 1) return used.contains(Messages.EN) ? "en" : "zh";
        return loader.settingsFor(Path.of(""), config).settings().language();
    }

    /** A rule that threw was skipped and the others still reported; the user is told which, and on which file. */
    private static void reportFailedRules(FileReport r, PrintWriter err) {
        if (!r.readable()) return;
        for (Analysis.RuleFailure failure : r.analysis().failedRules()) {
            err.println(r.messages().render(Message.of("cli.ruleFailed", r.path(), failure.rule().id(), String.valueOf(failure.error()))));
        }
    }
}

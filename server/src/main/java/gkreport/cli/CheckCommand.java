package gkreport.cli;

import gkreport.config.ConfigLoader;
import gkreport.config.ConfigWarning;
import gkreport.config.ResolvedConfig;
import gkreport.importer.InputKind;
import gkreport.importer.ReportReader;
import gkreport.io.AtomicWriter;
import gkreport.io.DecodedText;
import gkreport.io.ReportFiles;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.rules.crossyear.AnalyzedReport;
import gkreport.rules.crossyear.CrossYearCheck;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import gkreport.rules.Severity;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gkreport check}: checks files and folders, prints findings, exits 0, 1 or 2. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查报告文件或文件夹（递归；.txt .md .gkr .docx .html .htm） / Check report files or folders (recursively).")
final class CheckCommand implements Callable<Integer> {
    enum Format { text, json, sarif, github }

    @Option(names = "--format", defaultValue = "text", description = "text | json | sarif | github (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", description = "zh | en（默认取配置文件的 language，否则 zh） / default: the config file's language, else zh")
    String lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "使用此配置文件，不再向上查找 .gkreport.json / use this config file instead of the nearest .gkreport.json")
    Path config;

    @Option(names = "--fix", description = "应用安全的修复（序号、标题、转换残留）并原子写回 / apply safe fixes (numbering, titles, conversion debris) in place")
    boolean fix;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        ConfigLoader loader = new ConfigLoader();
        PrintWriter err = spec.commandLine().getErr();
        if (config != null && !Files.isRegularFile(config)) {
            err.println(Messages.forLanguage(lang).render(Message.of("cli.configNotFound", config)));
            return ExitCodes.UNREADABLE;
        }
        Analyzer analyzer = new Analyzer();
        Set<ConfigWarning> warned = new HashSet<>();
        List<Checked> checked = new ArrayList<>();
        for (Path file : ReportFiles.collect(paths)) {
            ResolvedConfig resolved = loader.settingsFor(file, config);
            Settings settings = lang != null ? resolved.settings().withLanguage(lang) : resolved.settings();
            for (ConfigWarning w : resolved.warnings()) {
                if (!warned.add(w)) continue;
                String where = w.where().isEmpty() ? "" : " " + w.where();
                err.println(Messages.forLanguage(settings.language()).render(Message.of("cli.configWarning", w.file(), where, w.message())));
            }
            checked.add(new Checked(checkFile(file, analyzer, settings), settings));
        }
        List<FileReport> reports = withCrossYearFindings(checked);
        reportFailedRules(reports, err);
        Messages messages = Messages.forLanguage(lang != null ? lang : commonLanguage(reports, loader));
        PrintWriter out = spec.commandLine().getOut();
        if (reports.isEmpty()) {
            err.println(messages.text("cli.noFiles"));
            return ExitCodes.UNREADABLE;
        }
        switch (format) {
            case json -> JsonFormat.print(reports, out);
            case sarif -> SarifFormat.print(reports, messages, out);
            case github -> GithubFormat.print(reports, messages, out);
            default -> TextFormat.print(reports, messages, out);
        }
        out.flush();
        return exitCode(reports);
    }

    /**
     * The language of the tool's own lines (summary, rule descriptions): the files' language when
     * their configs agree on one, else that of the config for the current folder.
     */
    private String commonLanguage(List<FileReport> reports, ConfigLoader loader) {
        Set<Messages> used = new HashSet<>();
        reports.forEach(r -> used.add(r.messages()));
        if (used.size() == 1) return used.contains(Messages.EN) ? "en" : "zh";
        return loader.settingsFor(Path.of(""), config).settings().language();
    }

    private FileReport checkFile(Path file, Analyzer analyzer, Settings settings) {
        String shown = file.toString().replace('\\', '/');
        InputKind input = InputKind.of(file);
        Messages messages = Messages.forLanguage(settings.language());
        DecodedText decoded;
        try {
            decoded = ReportReader.read(file);
        } catch (UnreadableFileException e) {
            return FileReport.unreadable(shown, input, e.reason(), messages);
        }
        Analysis analysis = analyzer.analyze(decoded.text(), settings);
        if (fix && input.converted()) spec.commandLine().getErr().println(messages.render(Message.of("cli.fixConverted", shown)));
        if (!fix || input.converted()) return new FileReport(shown, input, decoded, analysis, null, 0, messages);
        Fixer.Result fixed = new Fixer(analyzer).fixAll(decoded.text(), settings, Finding::fixable);
        if (fixed.applied() == 0) return new FileReport(shown, input, decoded, analysis, null, 0, messages);
        try {
            AtomicWriter.write(file, TextDecoder.encode(decoded, fixed.text()));
        } catch (IOException e) {
            return new FileReport(shown, input, decoded, analysis, Message.of("file.writeError", String.valueOf(e.getMessage())), 0, messages);
        }
        DecodedText now = new DecodedText(fixed.text(), decoded.charset(), decoded.bom());
        return new FileReport(shown, input, now, analyzer.analyze(fixed.text(), settings), null, fixed.applied(), messages);
    }

    /** A rule that threw was skipped and the others still reported; the user is told which, and on which file. */
    private static void reportFailedRules(List<FileReport> reports, PrintWriter err) {
        for (FileReport r : reports) {
            if (!r.readable()) continue;
            for (Analysis.RuleFailure failure : r.analysis().failedRules()) {
                err.println(r.messages().render(Message.of("cli.ruleFailed", r.path(), failure.rule().id(), String.valueOf(failure.error()))));
            }
        }
    }

    /** A file's report with the settings it was checked with. */
    private record Checked(FileReport report, Settings settings) {
    }

    /** Each report with the findings that compare it with the same agency's report of the year before, if checked too. */
    private static List<FileReport> withCrossYearFindings(List<Checked> checked) {
        List<AnalyzedReport> analyzed = checked.stream().map(Checked::report).filter(FileReport::readable)
                .map(r -> new AnalyzedReport(r.path(), r.analysis().report())).toList();
        Map<String, List<Finding>> found = CrossYearCheck.check(analyzed);
        return checked.stream().map(c -> {
            FileReport r = c.report();
            List<Finding> more = c.settings().configure(found.getOrDefault(r.path(), List.of()));
            return more.isEmpty() ? r
                    : new FileReport(r.path(), r.input(), r.decoded(), r.analysis().plus(more), r.error(), r.fixed(), r.messages());
        }).toList();
    }

    private static int exitCode(List<FileReport> reports) {
        if (reports.stream().anyMatch(r -> r.error() != null)) return ExitCodes.UNREADABLE;
        boolean errors = reports.stream().flatMap(r -> r.analysis().findings().stream())
                .anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? ExitCodes.ERRORS : ExitCodes.CLEAN;
    }
}

package gkreport.cli;

import gkreport.io.AtomicWriter;
import gkreport.io.DecodedText;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Finding;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import gkreport.rules.Severity;
import gkreport.rules.crossyear.AnalyzedReport;
import gkreport.rules.crossyear.CrossYearCheck;
import gkreport.service.Analysis;
import gkreport.service.Analyzer;
import gkreport.service.Fixer;
import gkreport.service.Settings;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code gkreport check}: checks files and folders, prints findings, exits 0, 1 or 2. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "检查报告文件或文件夹（递归） / Check report files or folders (recursively).")
final class CheckCommand implements Callable<Integer> {
    static final long MAX_FILE_BYTES = 20L * 1024 * 1024;

    enum Format { text, json }

    @Option(names = "--format", defaultValue = "text", description = "text | json (default: ${DEFAULT-VALUE})")
    Format format;

    @Option(names = "--lang", defaultValue = "zh", description = "zh | en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = "--fix", description = "应用安全的修复（序号、标题、转换残留）并原子写回 / apply safe fixes (numbering, titles, conversion debris) in place")
    boolean fix;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "文件或文件夹 / files or folders")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Settings settings = Settings.DEFAULT.withLanguage(lang);
        Messages messages = Messages.forLanguage(lang);
        Analyzer analyzer = new Analyzer();
        List<FileReport> reports = new ArrayList<>();
        for (Path file : ReportFiles.collect(paths)) reports.add(checkFile(file, analyzer, settings));
        reports = withCrossYearFindings(reports, settings);
        PrintWriter out = spec.commandLine().getOut();
        if (reports.isEmpty()) {
            spec.commandLine().getErr().println(messages.text("cli.noFiles"));
            return ExitCodes.UNREADABLE;
        }
        if (format == Format.json) JsonFormat.print(reports, messages, out);
        else TextFormat.print(reports, messages, out);
        out.flush();
        return exitCode(reports);
    }

    private FileReport checkFile(Path file, Analyzer analyzer, Settings settings) {
        String shown = file.toString().replace('\\', '/');
        DecodedText decoded;
        try {
            decoded = read(file);
        } catch (UnreadableFileException e) {
            return FileReport.unreadable(shown, e.reason());
        }
        if (!fix) return new FileReport(shown, decoded, analyzer.analyze(decoded.text(), settings), null, 0);
        Fixer.Result fixed = new Fixer(analyzer).fixAll(decoded.text(), settings, Finding::fixable);
        Analysis after = analyzer.analyze(fixed.text(), settings);
        DecodedText now = new DecodedText(fixed.text(), decoded.charset(), decoded.bom());
        if (fixed.applied() > 0) {
            try {
                AtomicWriter.write(file, TextDecoder.encode(decoded, fixed.text()));
            } catch (IOException e) {
                return new FileReport(shown, decoded, analyzer.analyze(decoded.text(), settings),
                        Message.of("file.writeError", String.valueOf(e.getMessage())), 0);
            }
        }
        return new FileReport(shown, now, after, null, fixed.applied());
    }

    /** Each report with the findings that compare it with the same agency's report of the year before, if checked too. */
    private static List<FileReport> withCrossYearFindings(List<FileReport> reports, Settings settings) {
        List<AnalyzedReport> analyzed = reports.stream().filter(FileReport::readable)
                .map(r -> new AnalyzedReport(r.path(), r.analysis().report())).toList();
        Map<String, List<Finding>> found = CrossYearCheck.check(analyzed);
        return reports.stream().map(r -> {
            List<Finding> more = settings.configure(found.getOrDefault(r.path(), List.of()));
            return more.isEmpty() ? r : new FileReport(r.path(), r.decoded(), r.analysis().plus(more), r.error(), r.fixed());
        }).toList();
    }

    static DecodedText read(Path file) throws UnreadableFileException {
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw new UnreadableFileException(Message.of("file.tooLarge", String.valueOf(size / (1024 * 1024)),
                        String.valueOf(MAX_FILE_BYTES / (1024 * 1024))));
            }
            return TextDecoder.decode(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new UnreadableFileException(Message.of("file.notFound"));
        } catch (IOException e) {
            throw new UnreadableFileException(Message.of("file.ioError", String.valueOf(e.getMessage())));
        }
    }

    private static int exitCode(List<FileReport> reports) {
        if (reports.stream().anyMatch(r -> r.error() != null)) return ExitCodes.UNREADABLE;
        boolean errors = reports.stream().flatMap(r -> r.analysis().findings().stream())
                .anyMatch(f -> f.severity() == Severity.ERROR);
        return errors ? ExitCodes.ERRORS : ExitCodes.CLEAN;
    }
}

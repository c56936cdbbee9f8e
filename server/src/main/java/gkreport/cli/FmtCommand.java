package gkreport.cli;

import gkreport.config.ConfigLoader;
import gkreport.format.CanonicalFormatter;
import gkreport.importer.InputKind;
import gkreport.importer.ReportReader;
import gkreport.io.AtomicWriter;
import gkreport.io.DecodedText;
import gkreport.io.HeapLimit;
import gkreport.io.IoFailure;
import gkreport.io.LineEnding;
import gkreport.io.ReportFiles;
import gkreport.io.TextDecoder;
import gkreport.io.UnreadableFileException;
import gkreport.model.Report;
import gkreport.recognize.Recognizer;
import gkreport.recognize.ReportDetector;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code gkreport fmt}: rewrites text reports in the canonical form, the same formatter as the
 * editor's Format Document, keeping each file's encoding, byte-order mark and line breaks. Folders
 * are walked as {@code check} walks them; what a walk finds that is no text report (a Word, web or
 * PDF file, a README) is left alone.
 * {@code --check} writes nothing and exits 1 when a file would change.
 */
@Command(name = "fmt", mixinStandardHelpOptions = true,
        description = "将文本报告改写为规范格式 / Rewrite text reports in the canonical form.")
final class FmtCommand implements Callable<Integer> {
    @Option(names = "--check", description = "不写入，只列出需要格式化的文件（有则退出码 1） / write nothing; list the files that would change (exit 1 if any)")
    boolean check;

    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class, description = "zh | en (default: ${DEFAULT-VALUE})")
    String lang;

    @Option(names = {"-u", "--ignore-unknown"}, description = "命名的文件也像文件夹中的文件一样挑选，不是文本年报的不动 / choose named files as folder walks do, leaving what is no text report alone")
    boolean ignoreUnknown;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".txt、.md 或 .gkr 文件或文件夹 / .txt, .md or .gkr files or folders")
    List<Path> paths;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private enum Outcome { UNCHANGED, CHANGED, FAILED }

    @Override
    public Integer call() throws IOException {
        Messages messages = Messages.forLanguage(lang);
        boolean changed = false;
        boolean failed = false;
        ConfigLoader configs = new ConfigLoader();
        for (Path file : ReportFiles.collect(paths)) {
            ReportFiles.Taken taken = ReportFiles.taken(file, paths, ignoreUnknown);
            if (taken == ReportFiles.Taken.LEFT_OUT) continue;
            boolean walked = taken == ReportFiles.Taken.AS_WALKED;
            if (walked && (InputKind.of(file).converted() || configs.settingsFor(file, null).ignored())) {
                continue; // a folder's Word, web and PDF files are no text to rewrite; what the config ignores is left out
            }
            Outcome outcome = formatWithin(file, walked, messages);
            changed |= outcome == Outcome.CHANGED;
            failed |= outcome == Outcome.FAILED;
        }
        spec.commandLine().getOut().flush();
        if (failed) return ExitCodes.UNREADABLE;
        return check && changed ? ExitCodes.ERRORS : ExitCodes.CLEAN;
    }

    /** The file formatted; one that does not fit in the heap is said to be too large, and the next file is read. */
    private Outcome formatWithin(Path file, boolean walked, Messages messages) {
        try {
            return format(file, walked, messages);
        } catch (OutOfMemoryError e) {
            spec.commandLine().getErr().println(messages.render(Message.of("cli.unreadable", shown(file), HeapLimit.fileTooLarge())));
            return Outcome.FAILED;
        }
    }

    private static String shown(Path file) {
        return file.toString().replace('\\', '/');
    }

    private Outcome format(Path file, boolean walked, Messages messages) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String shown = shown(file);
        if (InputKind.of(file).converted()) {
            err.println(messages.render(Message.of("cli.unreadable", shown, Message.of("fmt.notText"))));
            return Outcome.FAILED;
        }
        DecodedText decoded;
        try {
            decoded = ReportReader.readText(file);
        } catch (UnreadableFileException e) {
            err.println(messages.render(Message.of("cli.unreadable", shown, e.reason())));
            return Outcome.FAILED;
        }
        if (walked && !ReportDetector.looksLikeReport(decoded.text())) return Outcome.UNCHANGED; // a README beside the reports is left alone
        Report report = Recognizer.recognize(decoded.text());
        String formatted = LineEnding.of(decoded.text()).apply(CanonicalFormatter.format(report));
        if (formatted.equals(decoded.text())) return Outcome.UNCHANGED;
        if (check) {
            out.println(messages.render(Message.of("fmt.wouldChange", shown)));
            return Outcome.CHANGED;
        }
        try {
            AtomicWriter.write(file, TextDecoder.encode(decoded, formatted));
        } catch (IOException e) {
            err.println(messages.render(Message.of("cli.notWritten", shown, IoFailure.reason(e))));
            return Outcome.FAILED;
        }
        out.println(messages.render(Message.of("fmt.formatted", shown)));
        return Outcome.CHANGED;
    }
}

package gkreport.cli;

import gkreport.importer.Importer;
import gkreport.importer.InputKind;
import gkreport.io.HeapLimit;
import gkreport.io.ReportFiles;
import gkreport.io.UnreadableFileException;
import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code gkreport import}: converts .docx, .html and .pdf reports to the canonical text form. One
 * file goes to standard output or {@code -o}; several files, or folders (walked for the files a
 * check would import), go to {@code -d OUTDIR}, each as its name with {@code .md}, below the
 * folder as below the folder named.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "将 .docx、.html 或 .pdf 报告转为规范文本格式 / Convert .docx, .html and .pdf reports to the canonical text form.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(arity = "1..*", paramLabel = "PATH", description = ".docx、.html、.htm、.pdf 文件或文件夹 / .docx, .html, .htm, .pdf files or folders")
    List<Path> paths;

    @Option(names = {"-d", "--output-dir"}, paramLabel = "OUTDIR",
            description = "把每个文件写入此文件夹（多个文件或文件夹时必须给出） / write each file into this folder (needed for several files or a folder)")
    Path outputDir;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Messages messages = output.messages();
        PrintWriter err = spec.commandLine().getErr();
        boolean many = paths.size() > 1 || paths.stream().anyMatch(Files::isDirectory);
        if (outputDir == null && many) throw new CommandLine.ParameterException(spec.commandLine(), messages.text("import.needsDir"));
        if (outputDir != null && output.output != null) {
            throw new CommandLine.ParameterException(spec.commandLine(), messages.text("import.dirOrFile"));
        }
        if (outputDir == null) {
            String text = imported(paths.get(0), messages, err);
            return text == null ? ExitCodes.UNREADABLE : output.write(text, spec.commandLine().getOut(), err);
        }
        int exit = ExitCodes.CLEAN;
        for (Path root : paths) {
            for (Path file : ReportFiles.collect(List.of(root))) {
                if (Files.isDirectory(root) && !InputKind.of(file).converted()) continue; // a folder's text files are already text
                String text = imported(file, messages, err);
                int written = text == null ? ExitCodes.UNREADABLE : output.writeTo(target(root, file), text, err);
                exit = Math.max(exit, written);
            }
        }
        return exit;
    }

    /** The file's canonical text, or null when it cannot be read (said on standard error). */
    private static String imported(Path file, Messages messages, PrintWriter err) {
        try {
            return Importer.canonicalText(file);
        } catch (UnreadableFileException e) {
            err.println(messages.render(Message.of("cli.unreadable", file, e.reason())));
            return null;
        } catch (OutOfMemoryError e) {
            err.println(messages.render(Message.of("cli.unreadable", file, HeapLimit.fileTooLarge())));
            return null;
        }
    }

    /** 「报告.pdf」 → OUTDIR/报告.md; a file found in a folder keeps its place below it. */
    private Path target(Path root, Path file) {
        Path relative = Files.isDirectory(root) ? root.relativize(file) : file.getFileName();
        String name = relative.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String md = (dot > 0 ? name.substring(0, dot) : name) + ".md";
        Path parent = relative.getParent();
        return outputDir.resolve(parent == null ? Path.of(md) : parent.resolve(md));
    }
}

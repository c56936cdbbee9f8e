package gkreport.cli;

import gkreport.importer.Importer;
import gkreport.io.UnreadableFileException;
import gkreport.rules.Message;
import gkreport.rules.Messages;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code gkreport import}: converts a .docx or .html report to the canonical text form. */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "将 .docx 或 .html 报告转为规范文本格式 / Convert a .docx or .html report to the canonical text form.")
final class ImportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "FILE", description = ".docx、.html 或 .htm 文件 / a .docx, .html or .htm file")
    Path file;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = output.messages();
        String text;
        try {
            text = Importer.canonicalText(file);
        } catch (UnreadableFileException e) {
            spec.commandLine().getErr().println(messages.render(Message.of("cli.unreadable", file, e.reason())));
            return ExitCodes.UNREADABLE;
        }
        return output.write(text, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}

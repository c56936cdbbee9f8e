package gkreport.cli;

import gkreport.text.Message;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options of the commands that check reports ({@code check}, {@code review}): language and config file. */
final class SelectionOptions {
    @Option(names = "--lang", converter = LanguageConverter.class,
            description = "zh | en（默认取配置文件的 language，否则 zh） / default: the config file's language, else zh")
    String lang;

    @Option(names = "--config", paramLabel = "FILE",
            description = "使用此配置文件，不再向上查找 .gkreport.json / use this config file instead of the nearest .gkreport.json")
    Path config;

    /** The words said before any config is read: --lang's, else Chinese. */
    Messages said() {
        return Messages.forLanguage(lang);
    }

    /** Whether --config names a file that is not there; then it is said on standard error. */
    boolean configMissing(PrintWriter err) {
        if (config == null || Files.isRegularFile(config)) return false;
        err.println(said().render(Message.of("cli.configNotFound", config)));
        return true;
    }

    FileSelection selection(PrintWriter err) {
        return new FileSelection(config, lang, err);
    }
}

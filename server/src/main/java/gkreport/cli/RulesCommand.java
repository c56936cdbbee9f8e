package gkreport.cli;

import gkreport.rules.RuleId;
import gkreport.text.Messages;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code gkreport rules}: every rule id, its default severity, what it checks and its doc page. */
@Command(name = "rules", mixinStandardHelpOptions = true, description = "列出全部规则 / List every rule.")
final class RulesCommand implements Callable<Integer> {
    @Option(names = "--lang", defaultValue = "zh", converter = LanguageConverter.class, description = "zh | en (default: ${DEFAULT-VALUE})")
    String lang;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        Messages messages = Messages.forLanguage(lang);
        PrintWriter out = spec.commandLine().getOut();
        for (RuleId id : RuleId.values()) {
            out.printf("%-20s %-8s %s  (%s)%n", id.id(), id.defaultSeverity().id(), messages.text("rule." + id.id()), id.docPath());
        }
        return ExitCodes.CLEAN;
    }
}

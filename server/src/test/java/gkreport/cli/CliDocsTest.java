package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/** Every command and option the CLI takes is described in docs/formats.md, and check's also in the README. */
class CliDocsTest {
    private static final Path ROOT = Path.of("..");

    private static List<CommandSpec> commands() {
        return new CommandLine(new Main()).getSubcommands().values().stream().map(CommandLine::getCommandSpec)
                .filter(c -> !c.usageMessage().hidden()).toList();
    }

    /** The options a user writes: --help and --version are picocli's own. */
    private static List<String> longNames(CommandSpec command) {
        return command.options().stream().filter(o -> !o.usageHelp() && !o.versionHelp()).map(OptionSpec::longestName).toList();
    }

    @Test
    void formatsMdDescribesEveryCommandAndOption() throws IOException {
        String formats = Files.readString(ROOT.resolve("docs/formats.md"), StandardCharsets.UTF_8);
        for (CommandSpec command : commands()) {
            assertThat(formats).as("docs/formats.md names the command").contains("gkreport " + command.name());
            for (String option : longNames(command)) {
                assertThat(formats).as("docs/formats.md: %s %s", command.name(), option).contains("`" + option);
            }
        }
    }

    @Test
    void theReadmeDescribesEveryCheckOption() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        CommandSpec check = commands().stream().filter(c -> c.name().equals("check")).findFirst().orElseThrow();
        assertThat(longNames(check)).isNotEmpty().allSatisfy(option -> assertThat(readme).contains("`" + option));
        assertThat(Arrays.stream(new String[] {"import", "new", "fmt", "rules", "lsp"})).allSatisfy(c -> assertThat(readme).contains("gkreport " + c));
    }
}

package gkreport.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code gkreport} command line. */
@Command(name = "gkreport", mixinStandardHelpOptions = true, version = "gkreport 0.1.0",
        description = "政府信息公开工作年度报告检查工具 / Checks annual government information disclosure reports.",
        subcommands = {CheckCommand.class, ImportCommand.class, FmtCommand.class, NewCommand.class, RulesCommand.class, LspCommand.class,
            ReviewCommand.class})
public final class Main implements Callable<Integer> {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private InputStream in = System.in;

    /** What `-` reads: standard input. */
    InputStream in() {
        return in;
    }

    public static void main(String[] args) {
        System.exit(run(utf8(FileDescriptor.out), utf8(FileDescriptor.err), args));
    }

    /** Runs the command line with the given streams; returns the exit code. */
    public static int run(PrintStream out, PrintStream err, String... args) {
        return run(System.in, out, err, args);
    }

    /** Runs the command line with the given streams, standard input among them; returns the exit code. */
    public static int run(InputStream in, PrintStream out, PrintStream err, String... args) {
        Main main = new Main();
        main.in = in;
        CommandLine cli = new CommandLine(main);
        cli.setOut(new java.io.PrintWriter(out, true));
        cli.setErr(new java.io.PrintWriter(err, true));
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            err.println("gkreport: " + e);
            return ExitCodes.UNREADABLE;
        });
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("gkreport: " + e.getMessage());
            e.getCommandLine().usage(err);
            return ExitCodes.UNREADABLE;
        });
        return cli.execute(args);
    }

    /** A bare {@code gkreport} names no command: the usage, on standard error, and bad usage's exit code. */
    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.UNREADABLE;
    }

    /** Reports are Chinese: write UTF-8 whatever the platform's locale says. */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new FileOutputStream(fd), true, StandardCharsets.UTF_8);
    }
}

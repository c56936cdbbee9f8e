package gkreport.testkit;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Starts the command line in a JVM of its own, on the test classpath, with the given JVM options. */
public final class ChildJvm {
    private ChildJvm() {
    }

    public static ProcessBuilder gkreport(List<String> jvmOptions, String... args) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "gkreport.cli.Main"));
        command.addAll(List.of(args));
        return new ProcessBuilder(command);
    }

    public static Process start(List<String> jvmOptions, String... args) throws IOException {
        return gkreport(jvmOptions, args).start();
    }
}

package gkreport.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * One {@code --format} of check's report and where it goes: standard output, or the file of the
 * {@code --output} that follows it. Several pairs in one run write several reports
 * ({@code --format text --format sarif -o gkreport.sarif}: text to the log, SARIF to the upload).
 */
final class OutputSpec {
    @Option(names = "--format", paramLabel = "FORMAT",
            description = "text | json | sarif | github | junit（默认 text；可多次给出，每个后面可跟 -o） / default text; may be repeated, each followed by its -o")
    CheckCommand.Format format = CheckCommand.Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "把前面 --format 的报告写入此文件（默认标准输出） / write the preceding --format's report to this file (default: standard output)")
    Path file;

    static OutputSpec text() {
        return new OutputSpec();
    }
}

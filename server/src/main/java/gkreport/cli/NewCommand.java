package gkreport.cli;

import gkreport.importer.BlankReport;
import gkreport.importer.CanonicalWriter;
import gkreport.text.Message;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code gkreport new}: a blank report for a year, in the format that year requires, ready to fill. */
@Command(name = "new", mixinStandardHelpOptions = true,
        description = "按该年度要求的格式生成空白报告 / Write a blank report in the format the year requires.")
final class NewCommand implements Callable<Integer> {
    /** The national table format starts with the 2019 reports (国办公开办函〔2019〕60号). */
    static final int FIRST_YEAR = 2019;
    static final int LAST_YEAR = 2100;

    @Option(names = "--year", required = true, paramLabel = "YEAR",
            description = "报告年度（统计数据所属年度）；2020 及以前用 2019 年格式，2021 起用 2021 年格式 / the year the report covers")
    int year;

    @Option(names = "--agency", paramLabel = "NAME", description = "机关名称，写入标题 / the agency, for the title")
    String agency;

    @CommandLine.Mixin
    OutputOptions output;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new CommandLine.ParameterException(spec.commandLine(), output.messages().render(Message.of("new.noFormat",
                    String.valueOf(year), String.valueOf(FIRST_YEAR), String.valueOf(LAST_YEAR))));
        }
        String text = CanonicalWriter.write(BlankReport.of(year, agency));
        return output.write(text, spec.commandLine().getOut(), spec.commandLine().getErr());
    }
}

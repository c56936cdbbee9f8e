package gkreport.cli;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.TemplateVersion;
import gkreport.testkit.Check;
import gkreport.testkit.Cli;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** gkreport new writes a blank report whose check reports only its blank cells, and filled in, nothing. */
class NewCommandTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020, V2019, 23, 8", "2024, V2021, 25, 6"})
    void aBlankReportInTheYearsFormatHasOnlyItsBlankCellsToReport(int year, TemplateVersion format, int table3Rows, int table2Rows)
            throws IOException {
        Path file = dir.resolve(year + ".md");
        Cli made = Cli.run("new", "--year", String.valueOf(year), "--agency", "某某县人民政府", "-o", file.toString());
        assertThat(made.exit()).isZero();
        assertThat(made.err()).contains("已写入");
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).startsWith("# 某某县人民政府" + year + "年政府信息公开工作年度报告\n");
        Check check = Check.text(text);
        assertThat(check.report().template()).isEqualTo(format);
        assertThat(check.report().year()).contains(year);
        assertThat(check.report().sections()).hasSize(6);
        assertThat(check.findings()).extracting(f -> f.rule().id()).containsOnly("missing-cells");
        assertThat(check.findings("missing-cells")).hasSize(table2Rows + table3Rows + 1);
        assertThat(check.findings("missing-cells")).extracting(check::message).last().asString().startsWith("表四缺少15个数值：");

        Cli checked = Cli.run("check", file.toString());
        assertThat(checked.exit()).isEqualTo(1);
        assertThat(checked.out()).endsWith("共检查 1 个文件：" + (table2Rows + table3Rows + 1) + " 个错误，0 个警告，0 个提示\n");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020", "2024"})
    void filledInWithZerosItChecksClean(int year) throws IOException {
        String filled = fillWithZeros(Cli.run("new", "--year", String.valueOf(year)).out());
        Path file = Files.writeString(dir.resolve("filled.md"), filled, StandardCharsets.UTF_8);
        Cli cli = Cli.run("check", file.toString());
        assertThat(cli.out()).isEqualTo("共检查 1 个文件：0 个错误，0 个警告，0 个提示\n");
        assertThat(cli.exit()).isZero();
    }

    @Test
    void anExistingFileIsKeptUnlessForced() throws IOException {
        Path file = Files.writeString(dir.resolve("mine.md"), "已经写好的报告");
        Cli refused = Cli.run("new", "--year", "2024", "-o", file.toString());
        assertThat(refused.exit()).isEqualTo(2);
        assertThat(refused.err()).contains("已存在；如要覆盖，请加 --force");
        assertThat(Files.readString(file)).isEqualTo("已经写好的报告");
        assertThat(Cli.run("new", "--year", "2024", "-o", file.toString(), "--force").exit()).isZero();
        assertThat(Files.readString(file)).startsWith("# 2024年政府信息公开工作年度报告");
    }

    @Test
    void aYearOutOfRangeIsBadUsage() {
        Cli cli = Cli.run("new", "--year", "24");
        assertThat(cli.exit()).isEqualTo(2);
        assertThat(cli.err()).contains("--year 24");
    }

    /** Writes 0 into every blank value cell the recognizer finds, and into table 四's empty row, as a clerk would. */
    private static String fillWithZeros(String blank) {
        String lines = blank.replace("| | | | | | | | | | | | | | | |\n", "| 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |\n");
        StringBuilder text = new StringBuilder(lines);
        var report = Check.text(lines).report();
        List<DataCell> cells = new ArrayList<>(report.table2().allRows().stream().flatMap(r -> r.cells().stream()).toList());
        report.table3().rows().forEach(r -> cells.addAll(r.cells()));
        cells.stream().filter(c -> !c.isAbsent() && c.isBlank()).sorted(Comparator.comparingInt((DataCell c) -> c.range().start()).reversed())
                .forEach(c -> text.insert(c.range().start(), "0"));
        return text.toString();
    }
}

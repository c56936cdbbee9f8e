package gkreport.rules;

import static org.assertj.core.api.Assertions.assertThat;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Table3Spec;
import gkreport.testkit.Check;
import gkreport.testkit.LayoutFixtures;
import gkreport.testkit.Mutate;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One change to a real report in space-aligned text (pdftotext -layout) gives exactly the expected
 * new findings at the changed place: the columns are found from where the numbers stand, so a
 * blanked cell is missed in its own column and the others keep theirs.
 */
class LayoutMutationTest {
    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void changingATable3NumberBreaksItsRowTotalAndItsColumnBalance(String name) {
        Mutate m = Mutate.of(LayoutFixtures.text(name));
        DataCell changed = m.table3Cell("R2", 0);
        String value = changed.number().add(BigDecimal.ONE).toPlainString();
        Check check = Check.text(m.setCell(changed, value));
        DataCell rowTotal = m.table3Cell("R2", 6);
        assertThat(m.lineOf(rowTotal.range().start())).isEqualTo(m.lineOf(changed.range().start()));
        assertThat(newFindings(name, check)).containsExactlyInAnyOrder(
                "sum-relation@" + m.lineOf(rowTotal.range().start()),
                "sum-relation@" + m.lineOf(m.table3Cell("R3.7", 0).range().start()));
        for (Finding f : check.findings("sum-relation")) {
            if (check.message(f).contains("上年结转") || check.message(f).contains("“自然人”列")) {
                assertThat(f.related()).extracting(Related::range).contains(changed.range());
            }
        }
        assertThat(check.findings("sum-relation")).extracting(check::message).contains(
                "表三“二、上年结转政府信息公开申请数量”行：自然人（" + value + "）+商业企业（0）+科研机构（0）+社会公益组织（0）+法律服务机构（0）+其他（0）="
                        + value + "，但“总计”填写" + rowTotal.source().text());
    }

    @ParameterizedTest
    @CsvSource({"szfgs2024,R1,0", "szfgs2024,R1,1", "szfgs2024,R2,2", "szfgs2024,R3.1,3", "szfgs2024,R3.4.1,4",
        "szfgs2024,R3.6.1,5", "szfgs2024,R4,6", "hzq2023,R3.4.3,2", "hzq2023,R2,3", "hzq2024,R3.3.3,6"})
    void blankingOneCellIsOneMissingCellsFindingNamingItsColumn(String name, String row, int column) {
        Mutate m = Mutate.of(LayoutFixtures.text(name));
        DataCell blanked = m.table3Cell(row, column);
        Check check = Check.text(m.replace(blanked.range(), " ".repeat(blanked.range().length())));
        assertThat(newFindings(name, check)).containsExactly("missing-cells@" + m.lineOf(m.table3Row(row).labelRange().start()));
        Finding missing = check.findings("missing-cells").get(0);
        assertThat(check.message(missing)).isEqualTo("表三“" + m.table3Row(row).spec().displayLabel() + "”行缺少1个数值："
                + Table3Spec.COLUMNS.get(column));
        DataRow read = check.report().table3().row(row).orElseThrow();
        DataCell blank = read.cell(column);
        assertThat(blank.isAbsent()).isFalse();
        assertThat(blank.isBlank()).isTrue();
        assertThat(blank.range().length()).isZero();
        // Not the blank cell's empty range: the row from its label over its cells, the blank among them.
        assertThat(missing.range().start()).isEqualTo(read.labelRange().start());
        assertThat(missing.range().start()).isLessThan(blank.range().start());
        assertThat(missing.range().end()).isGreaterThanOrEqualTo(blank.range().end());
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2023", "hzq2024", "szfgs2024"})
    void deletingOneRowIsOneRowMissingFindingWhereTheRowWas(String name) {
        Mutate m = Mutate.of(LayoutFixtures.text(name));
        String mutated = m.deleteRow(m.table3Row("R3.3.3"));
        Check check = Check.text(mutated);
        Map<String, Long> expected = new HashMap<>(Check.text(LayoutFixtures.text(name)).countsByRule());
        expected.merge("row-missing", 1L, Long::sum);
        assertThat(check.countsByRule()).isEqualTo(expected);
        Finding missing = check.findings("row-missing").get(0);
        assertThat(check.message(missing)).isEqualTo("表三缺少“（三）不予公开 3.危及“三安全一稳定””行");
        Mutate after = Mutate.of(mutated);
        assertThat(check.lineOf(missing.range().start())).isEqualTo(after.lineOf(after.table3Row("R3.3.4").syntax().range().start()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"hzq2024", "szfgs2024"})
    void changingATable4NumberBreaksItsBlockTotal(String name) {
        Mutate m = Mutate.of(LayoutFixtures.text(name));
        DataCell changed = m.table4Cell(5);
        Check check = Check.text(m.setCell(changed, changed.number().add(BigDecimal.ONE).toPlainString()));
        DataCell total = m.table4Cell(9);
        assertThat(newFindings(name, check)).containsExactly("sum-relation@" + m.lineOf(total.range().start()));
        assertThat(check.findings("sum-relation").get(0).range()).isEqualTo(total.range());
    }

    private static List<String> newFindings(String name, Check mutated) {
        return mutated.addedSince(Check.text(LayoutFixtures.text(name)));
    }
}

package gkreport.rules.checks;

import gkreport.grammar.syntax.CellValue;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table2;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Related;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.agency.AgencyLevel;
import gkreport.rules.plausibility.MoneyUnit;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Heuristics on one report (warnings): 规章 reported by a body that cannot make them (only the
 * governments of 设区的市 and above can; a 乡、镇、街道 or 县、区 body, or its department, cannot);
 * an amount in 元 in a 万元 column, or one too large to be 万元 for a township or county body; and
 * 本年制发件数 greater than 现行有效件数 + 本年废止件数 (2021 format). Comparing with last year's
 * report is {@code CrossYearCheck}'s.
 */
public final class PlausibilityRule implements Rule {
    private static final String RULES_ROW = "T2.一.1";
    private static final int ISSUED = 0;
    private static final int REPEALED = 1;
    private static final int IN_FORCE = 2;
    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);
    /** Amounts in 万元 from which a body of the level surely wrote 元: 1亿元 for a township, 10亿元 for a county. */
    private static final Map<AgencyLevel, BigDecimal> TOO_LARGE = Map.of(
            AgencyLevel.TOWNSHIP, BigDecimal.valueOf(10_000), AgencyLevel.COUNTY, BigDecimal.valueOf(100_000));

    @Override
    public RuleId id() {
        return RuleId.PLAUSIBILITY;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.table2() == null) return;
        String agency = report.title() == null ? null : report.title().agency();
        Optional<AgencyLevel> level = AgencyLevel.of(agency);
        for (Table2.Block block : report.table2().blocks()) {
            if (block.spec() == null) continue;
            for (DataRow row : block.rows()) {
                if (level.isPresent() && row.spec().key().equals(RULES_ROW)) checkRules(row, agency, level.get(), out);
                if (block.spec().columns().contains("现行有效件数")) checkStock(row, out);
            }
            if (block.spec().money() >= 0 && MoneyUnit.of(report.table2(), block) == MoneyUnit.WAN_YUAN) {
                for (DataRow row : block.rows()) checkWanYuan(row.cell(block.spec().money()), level, out);
            }
        }
    }

    private static void checkRules(DataRow row, String agency, AgencyLevel level, Findings out) {
        List<DataCell> reported = row.cells().stream().filter(c -> c.hasNumber() && c.number().signum() > 0).toList();
        if (reported.isEmpty()) return;
        DataCell first = reported.get(0);
        List<Related> others = reported.subList(1, reported.size()).stream()
                .map(c -> Related.operand(c.range(), Places.cell(c), plain(c.number()))).toList();
        out.add(first.range(), Message.of("plausibility.rules", agency, level.title(), Places.cell(first), plain(first.number())), others, null);
    }

    private static void checkStock(DataRow row, Findings out) {
        DataCell issued = row.cell(ISSUED);
        DataCell repealed = row.cell(REPEALED);
        DataCell inForce = row.cell(IN_FORCE);
        if (!issued.hasNumber() || !repealed.hasNumber() || !inForce.hasNumber()) return;
        if (issued.number().compareTo(inForce.number().add(repealed.number())) <= 0) return;
        Message msg = Message.of("plausibility.stock", row.displayLabel(), plain(issued.number()), plain(inForce.number()),
                plain(repealed.number()));
        List<Related> related = List.of(
                Related.operand(inForce.range(), Places.cell(inForce), plain(inForce.number())),
                Related.operand(repealed.range(), Places.cell(repealed), plain(repealed.number())));
        out.add(issued.range(), msg, related, null);
    }

    private static void checkWanYuan(DataCell cell, Optional<AgencyLevel> level, Findings out) {
        if (!cell.hasNumber()) return;
        BigDecimal inWan = cell.number().divide(TEN_THOUSAND).stripTrailingZeros();
        if (cell.value().kind() == CellValue.Kind.NUMBER_WITH_TEXT && cell.value().trailer().equals("元")) {
            out.add(cell.range(), Message.of("plausibility.yuan", Places.cell(cell), cell.source().text(), plain(inWan)));
            return;
        }
        if (level.isEmpty() || cell.value().kind() != CellValue.Kind.NUMBER) return;
        if (cell.number().compareTo(TOO_LARGE.get(level.get())) >= 0) {
            out.add(cell.range(), Message.of("plausibility.amount", Places.cell(cell), plain(cell.number()), level.get().title(), plain(inWan)));
        }
    }

    private static String plain(BigDecimal value) {
        return value.toPlainString();
    }
}

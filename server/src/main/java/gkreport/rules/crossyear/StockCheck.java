package gkreport.rules.crossyear;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.TemplateVersion;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Related;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 2021 format: this year's 现行有效件数 = last year's + 本年制发件数 − 本年废止件数, for 规章 and
 * 行政规范性文件. Both reports must follow the 2021 format: the 2019 format's 对外公开总数量 counts
 * something else.
 */
final class StockCheck {
    static final List<String> ROWS = List.of("T2.一.1", "T2.一.2");
    static final int IN_FORCE = 2;
    private static final int ISSUED = 0;
    private static final int REPEALED = 1;

    private StockCheck() {
    }

    static void check(ReportPair pair, Findings out) {
        Report now = pair.thisYear().report();
        if (now.template() != TemplateVersion.V2021 || pair.lastYear().template() != TemplateVersion.V2021) return;
        for (String key : ROWS) {
            Optional<DataRow> row = row(now, key);
            Optional<LastYearReport.Cell> lastInForce = pair.lastYear().inForce(key);
            if (row.isPresent() && lastInForce.isPresent()) check(pair, row.get(), lastInForce.get(), out);
        }
    }

    private static void check(ReportPair pair, DataRow row, LastYearReport.Cell lastInForce, Findings out) {
        DataCell issued = row.cell(ISSUED);
        DataCell repealed = row.cell(REPEALED);
        DataCell inForce = row.cell(IN_FORCE);
        if (!issued.hasNumber() || !repealed.hasNumber() || !inForce.hasNumber() || lastInForce.number() == null) return;
        BigDecimal expected = lastInForce.number().add(issued.number()).subtract(repealed.number());
        if (expected.compareTo(inForce.number()) == 0) return;
        String last = lastInForce.number().toPlainString();
        Message msg = Message.of("crossyear.stock", row.displayLabel(), plain(inForce), pair.lastYearNumber(), last,
                plain(issued), plain(repealed), expected.toPlainString());
        List<Related> related = List.of(
                lastInForce.place().related(Message.of("related.lastYear", lastInForce.name(), last)),
                Related.operand(issued.range(), Places.cell(issued), plain(issued)),
                Related.operand(repealed.range(), Places.cell(repealed), plain(repealed)));
        out.add(inForce.range(), msg, related, null);
    }

    static Optional<DataRow> row(Report report, String key) {
        if (report.table2() == null) return Optional.empty();
        return report.table2().allRows().stream().filter(r -> r.spec().key().equals(key)).findFirst();
    }

    private static String plain(DataCell cell) {
        return cell.number().toPlainString();
    }
}

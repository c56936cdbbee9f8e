package gkreport.rules.crossyear;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table2;
import gkreport.model.TemplateVersion;
import gkreport.rules.Findings;
import gkreport.rules.Message;
import gkreport.rules.Places;
import gkreport.rules.Related;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * 2021 format: this year's 现行有效件数 = last year's + 本年制发件数 − 本年废止件数, for 规章 and
 * 行政规范性文件. Both reports must follow the 2021 format: the 2019 format's 对外公开总数量 counts
 * something else.
 */
final class StockCheck {
    private static final int ISSUED = 0;
    private static final int REPEALED = 1;
    private static final int IN_FORCE = 2;

    private StockCheck() {
    }

    static void check(ReportPair pair, Findings out) {
        Report now = pair.thisYear().report();
        Report before = pair.lastYear().report();
        if (now.template() != TemplateVersion.V2021 || before.template() != TemplateVersion.V2021) return;
        for (String key : List.of("T2.一.1", "T2.一.2")) {
            Optional<DataRow> row = row(now, key);
            Optional<DataRow> lastRow = row(before, key);
            if (row.isPresent() && lastRow.isPresent()) check(pair, row.get(), lastRow.get().cell(IN_FORCE), out);
        }
    }

    private static void check(ReportPair pair, DataRow row, DataCell lastInForce, Findings out) {
        DataCell issued = row.cell(ISSUED);
        DataCell repealed = row.cell(REPEALED);
        DataCell inForce = row.cell(IN_FORCE);
        if (!issued.hasNumber() || !repealed.hasNumber() || !inForce.hasNumber() || !lastInForce.hasNumber()) return;
        BigDecimal expected = lastInForce.number().add(issued.number()).subtract(repealed.number());
        if (expected.compareTo(inForce.number()) == 0) return;
        Message msg = Message.of("crossyear.stock", row.displayLabel(), plain(inForce), pair.lastYearNumber(), plain(lastInForce),
                plain(issued), plain(repealed), expected.toPlainString());
        List<Related> related = List.of(
                pair.inLastYear(lastInForce, Message.of("related.lastYear", Places.cell(lastInForce), plain(lastInForce))),
                Related.here(issued.range(), Message.of("related.operand", Places.cell(issued), plain(issued))),
                Related.here(repealed.range(), Message.of("related.operand", Places.cell(repealed), plain(repealed))));
        out.add(inForce.range(), msg, related, null);
    }

    private static Optional<DataRow> row(Report report, String key) {
        if (report.table2() == null) return Optional.empty();
        return report.table2().allRows().stream().filter(r -> r.spec().key().equals(key)).findFirst();
    }

    private static String plain(DataCell cell) {
        return cell.number().toPlainString();
    }
}

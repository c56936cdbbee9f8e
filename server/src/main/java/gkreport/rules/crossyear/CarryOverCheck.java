package gkreport.rules.crossyear;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table3Spec;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.text.Message;
import java.util.List;
import java.util.Optional;

/** This year's 「二、上年结转」 equals last year's 「四、结转下年度继续办理」, column by column. */
final class CarryOverCheck {
    private CarryOverCheck() {
    }

    static void check(ReportPair pair, Findings out) {
        Optional<DataRow> carriedIn = row(pair.thisYear().report(), Table3Spec.R2);
        if (carriedIn.isEmpty() || !pair.lastYear().hasCarriedForward()) return;
        for (int c = 0; c < Table3Spec.COLUMNS.size(); c++) {
            DataCell now = carriedIn.get().cell(c);
            LastYearReport.Cell before = pair.lastYear().carriedForward(c);
            if (!now.hasNumber() || before.number() == null || now.number().compareTo(before.number()) == 0) continue;
            String last = before.number().toPlainString();
            Message msg = Message.of("crossyear.carryOver", Places.cell(now), now.number().toPlainString(),
                    pair.lastYearNumber(), before.name(), last);
            out.add(now.range(), msg, List.of(before.place().related(Message.of("related.lastYear", before.name(), last))), null);
        }
    }

    /** Last year's 「四、结转下年度继续办理」, when it was placed by its label. */
    static Optional<DataRow> carriedForward(Report report) {
        return row(report, Table3Spec.R4);
    }

    /** The row, when it was placed by its label. */
    private static Optional<DataRow> row(Report report, String key) {
        if (report.table3() == null) return Optional.empty();
        return report.table3().row(key).filter(r -> !r.labelMissing());
    }
}

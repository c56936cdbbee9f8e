package gkreport.rules.checks;

import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.text.Message;

/**
 * A row or block the format does not have (a provincial addition such as 「其他主动公开文件」, a
 * label too garbled to recognise) is kept and reported, never silently dropped.
 */
public final class UnknownRowRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.UNKNOWN_ROW;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.table2() != null) {
            for (Table2.Block block : report.table2().blocks()) {
                if (block.spec() == null) {
                    out.add(block.caption().range(), Message.of("unknown.block", Places.table("表二"), Table2Spec.caption(block.item())));
                }
            }
            for (DataRow row : report.table2().unknownRows()) {
                out.add(row.labelRange(), Message.of("unknown.row", Places.table("表二"), row.label()));
            }
        }
        if (report.table3() != null) {
            for (DataRow row : report.table3().rows()) {
                if (row.spec() == null) out.add(row.labelRange(), Message.of("unknown.row", Places.table("表三"), row.label()));
            }
        }
    }
}

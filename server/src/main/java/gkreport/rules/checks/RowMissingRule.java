package gkreport.rules.checks;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Row;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.RowSpec;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.VisibleRange;
import gkreport.text.Message;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Every row of the format is present and labelled. A row whose label is blank was placed by
 * position: its values are read, and the blank label is reported.
 */
public final class RowMissingRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.ROW_MISSING;
    }

    @Override
    public void check(Report report, Findings out) {
        if (report.table3() != null) checkTable3(report.table3(), out);
        if (report.table2() != null) checkTable2(report.table2(), out);
        if (report.table4() != null && report.table4().data() == null) {
            out.add(report.table4().syntax().range(), Message.of("row.table4NoData"));
        }
    }

    private void checkTable3(Table3 t, Findings out) {
        List<DataRow> rows = t.rows();
        for (DataRow row : rows) {
            if (row.labelMissing()) {
                out.add(VisibleRange.ofRow(row),
                        Message.of("row.labelBlank", Places.table("表三"), row.spec().displayLabel()));
            }
        }
        // A table of which most rows could not be told is reported as unreadable, never row by row.
        List<RowSpec> specs = Table3Spec.rows(t.version());
        List<Integer> missing = IntStream.range(0, specs.size()).filter(i -> t.row(specs.get(i).key()).isEmpty()).boxed().toList();
        for (int i : missing) {
            out.add(whereMissing(t, specs, i), Message.of("row.missing", Places.table("表三"), specs.get(i).displayLabel()));
        }
    }

    /** The first row present after the missing one, else the table's last row. */
    private static TextRange whereMissing(Table3 t, List<RowSpec> specs, int missing) {
        for (int i = missing + 1; i < specs.size(); i++) {
            var row = t.row(specs.get(i).key());
            if (row.isPresent()) return row.get().syntax().range();
        }
        List<Row> written = t.syntax().rows();
        return written.isEmpty() ? TextRange.at(t.syntax().range().end()) : written.get(written.size() - 1).range();
    }

    private void checkTable2(Table2 t, Findings out) {
        for (Table2.Block block : t.blocks()) {
            Table2Spec.BlockSpec spec = block.spec();
            if (spec == null) continue;
            for (RowSpec row : spec.rowSpecs()) {
                boolean present = block.rows().stream().anyMatch(r -> r.spec().key().equals(row.key()));
                if (!present) out.add(block.caption().range(), Message.of("row.missing", Places.table("表二"), row.displayLabel()));
            }
        }
    }
}

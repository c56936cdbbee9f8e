package gkreport.rules.checks;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.rules.Findings;
import gkreport.rules.Places;
import gkreport.rules.Rule;
import gkreport.rules.RuleId;
import gkreport.rules.Severity;
import gkreport.rules.VisibleRange;
import gkreport.text.Count;
import gkreport.text.Message;
import java.util.ArrayList;
import java.util.List;

/**
 * Every column of a row holds a value. One finding per row, over its label and its cells, names all its blank or absent columns;
 * a header that lacks a column, and a row with more values than columns, are reported too. A cell
 * merged into the one above (a row span of a Word, web or PDF table) is no blank: an info says its
 * value stands once, in the merged cell's first row, and that the relations it is part of are not checked.
 */
public final class MissingCellsRule implements Rule {
    @Override
    public RuleId id() {
        return RuleId.MISSING_CELLS;
    }

    @Override
    public void check(Report report, Findings out) {
        List<DataRow> rows = new ArrayList<>();
        if (report.table2() != null) rows.addAll(report.table2().allRows());
        if (report.table3() != null) {
            rows.addAll(report.table3().rows().stream().filter(r -> r.spec() != null).toList());
            if (!report.table3().missingColumns().isEmpty()) {
                out.add(report.table3().headerRange(),
                        Message.of("cells.headerMissing", Places.table("表三"), String.join("、", report.table3().missingColumns())));
            }
        }
        if (report.table4() != null && report.table4().data() != null) rows.add(report.table4().data());
        for (DataRow row : rows) check(row, out);
    }

    private void check(DataRow row, Findings out) {
        List<DataCell> merged = row.cells().stream().filter(DataCell::isMerged).toList();
        if (!merged.isEmpty()) {
            String columns = String.join("、", merged.stream().map(c -> c.table().equals("表四") ? c.row() + "·" + c.column() : c.column()).toList());
            out.add(Severity.INFO, merged.get(0).range(), Message.of("cells.merged", Places.table(merged.get(0).table()),
                    row.displayLabel(), columns), List.of(), null);
        }
        List<DataCell> empty = row.cells().stream().filter(c -> c.isAbsent() || c.isBlank()).toList();
        if (!empty.isEmpty()) {
            String table = empty.get(0).table();
            boolean table4 = table.equals("表四");
            String columns = String.join("、", empty.stream().map(c -> table4 ? c.row() + "·" + c.column() : c.column()).toList());
            Message msg = table4 ? Message.of("cells.missingTable4", Count.of(empty.size()), columns)
                    : Message.of("cells.missing", Places.table(table), row.displayLabel(), Count.of(empty.size()), columns);
            out.add(VisibleRange.ofRow(row), msg);
        }
        if (row.extraCells() > 0) {
            String table = row.cells().get(0).table();
            out.add(VisibleRange.ofRow(row), Message.of("cells.extra", Places.table(table), row.displayLabel(),
                    Count.of(row.extraCells()), String.valueOf(row.cells().size())));
        }
    }
}

package gkreport.recognize;

import gkreport.grammar.SourceText;
import gkreport.grammar.TextRange;
import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.RowSpec;
import gkreport.model.Table2;
import gkreport.model.Table2Spec;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.model.Table4;
import gkreport.model.TemplateVersion;
import gkreport.model.UnreadableTable;
import gkreport.model.UnreadableTable.Why;
import java.math.BigDecimal;
import java.util.List;

/**
 * Whether a table as read can be trusted. A reading that tells fewer than half the format's rows,
 * whose rows mostly lack cells, or whose rows' values mostly disagree with their own totals was
 * scrambled in conversion: reporting its sums, rows and cells would report the conversion, not the
 * report. A real report's mistakes are few; most of a table wrong is a misreading.
 */
final class TableConfidence {
    /** Sums are only a sign of shifted columns when enough rows are complete to count. */
    private static final int MIN_COMPLETE_ROWS = 4;
    /** Table 四 has 15 cells: more than this many absent is no clerk's omission. */
    private static final int MAX_ABSENT_TABLE4 = 5;

    private TableConfidence() {
    }

    /** Why table 二 as read is not to be trusted, or null. */
    static UnreadableTable of(Table2 t, TemplateVersion version, SourceText source) {
        int expected = Table2Spec.blocks(version).stream().mapToInt(b -> b.rowSpecs().size()).sum();
        int read = t.allRows().size();
        if (read * 2 >= expected) return null;
        return new UnreadableTable("表二", firstLine(t.syntax().rows().get(0).range(), source), Why.FEW_ROWS, read, expected);
    }

    /** Why table 三 as read is not to be trusted, or null. */
    static UnreadableTable of(Table3 t, SourceText source) {
        List<RowSpec> specs = Table3Spec.rows(t.version());
        List<DataRow> rows = t.rows().stream().filter(r -> r.spec() != null).toList();
        TextRange at = firstLine(t.syntax().rows().get(0).range(), source);
        if (rows.size() * 2 < specs.size()) return new UnreadableTable("表三", at, Why.FEW_ROWS, rows.size(), specs.size());
        long shortRows = rows.stream().filter(r -> r.cells().stream().anyMatch(DataCell::isAbsent)).count();
        if (shortRows * 2 > rows.size()) return new UnreadableTable("表三", at, Why.SHORT_ROWS, (int) shortRows, rows.size());
        List<DataRow> complete = rows.stream().filter(r -> r.cells().stream().allMatch(DataCell::hasNumber)).toList();
        long disagreeing = complete.stream().filter(r -> !totalHolds(r)).count();
        if (complete.size() >= MIN_COMPLETE_ROWS && disagreeing * 2 > complete.size()) {
            return new UnreadableTable("表三", at, Why.MISALIGNED, (int) disagreeing, complete.size());
        }
        return null;
    }

    /** Why table 四 as read is not to be trusted, or null. */
    static UnreadableTable of(Table4 t, SourceText source) {
        if (t.data() == null) return null;
        long absent = t.data().cells().stream().filter(DataCell::isAbsent).count();
        if (absent <= MAX_ABSENT_TABLE4) return null;
        int read = t.data().cells().size() - (int) absent;
        return new UnreadableTable("表四", firstLine(t.data().syntax().range(), source), Why.SHORT_ROWS, read, t.data().cells().size());
    }

    /** A row's 总计 equals the sum of its other columns. */
    private static boolean totalHolds(DataRow row) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int c = 0; c < Table3Spec.TOTAL_COLUMN; c++) sum = sum.add(row.cell(c).number());
        return sum.compareTo(row.cell(Table3Spec.TOTAL_COLUMN).number()) == 0;
    }

    /** A finding over a whole table would cover the screen: the first line of its range stands for it. */
    static TextRange firstLine(TextRange range, SourceText source) {
        return new TextRange(range.start(), Math.max(range.start(), Math.min(range.end(), source.lineEnd(source.lineOf(range.start())))));
    }
}

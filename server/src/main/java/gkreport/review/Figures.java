package gkreport.review;

import gkreport.model.DataCell;
import gkreport.model.DataRow;
import gkreport.model.Report;
import gkreport.model.Table3Spec;
import gkreport.model.Table4Spec;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A report's main figures, each the 总计 column (null when not read): of table 三 一、本年新收,
 * 二、上年结转, （一）予以公开 and 四、结转下年度继续办理; of table 四 行政复议, and 行政诉讼 (both
 * of its blocks added).
 */
public record Figures(BigDecimal received, BigDecimal carriedOver, BigDecimal disclosed, BigDecimal carriedForward,
                      BigDecimal reconsideration, BigDecimal litigation) {
    static final Figures NONE = new Figures(null, null, null, null, null, null);

    private static final int LITIGATION_DIRECT = 2 * Table4Spec.BLOCK_COLUMNS.size() - 1;
    private static final int LITIGATION_AFTER_REVIEW = 3 * Table4Spec.BLOCK_COLUMNS.size() - 1;

    public static Figures of(Report report) {
        DataRow table4 = report.table4() == null ? null : report.table4().data();
        BigDecimal direct = cell(table4, LITIGATION_DIRECT);
        BigDecimal afterReview = cell(table4, LITIGATION_AFTER_REVIEW);
        return new Figures(total(report, Table3Spec.R1), total(report, Table3Spec.R2), total(report, "R3.1"), total(report, Table3Spec.R4),
                cell(table4, Table4Spec.TOTAL_IN_BLOCK), direct == null || afterReview == null ? null : direct.add(afterReview));
    }

    private static BigDecimal total(Report report, String rowKey) {
        if (report.table3() == null) return null;
        Optional<DataRow> row = report.table3().row(rowKey).filter(r -> !r.labelMissing());
        return row.map(r -> cell(r, Table3Spec.TOTAL_COLUMN)).orElse(null);
    }

    private static BigDecimal cell(DataRow row, int column) {
        if (row == null || column >= row.cells().size()) return null;
        DataCell cell = row.cell(column);
        return cell.hasNumber() ? cell.number() : null;
    }
}

package gkreport.recognize;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.grammar.syntax.RowForm;
import gkreport.grammar.syntax.Table;
import gkreport.model.DataRow;
import gkreport.model.LabelMatcher;
import gkreport.model.Labels;
import gkreport.model.RowSpec;
import gkreport.model.Table3;
import gkreport.model.Table3Spec;
import gkreport.model.TemplateMark;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Reads table 三: finds the header, matches each data row to the format's rows by its normalised
 * label, places rows whose label is blank by position, and keeps rows the format lacks.
 */
final class Table3Reader {
    static final String TABLE = "表三";
    private static final double MATCH = 0.75;
    /** A row of this many cells of words and no number is the header written again. */
    private static final int REPEATED_HEADER = 4;
    /** A header naming fewer columns than this is garbled, not lacking some. */
    private static final int MIN_NAMED_COLUMNS = 2;
    private static final Map<TemplateVersion, LabelMatcher<RowSpec>> MATCHERS = new EnumMap<>(Map.of(
            TemplateVersion.V2019, new LabelMatcher<>(Table3Spec.rows(TemplateVersion.V2019), RowSpec::label),
            TemplateVersion.V2021, new LabelMatcher<>(Table3Spec.rows(TemplateVersion.V2021), RowSpec::label)));

    /** Per format, the normalised labels of merged group cells (「（三）不予公开」…). */
    private static final Map<TemplateVersion, Set<String>> GROUPS = new EnumMap<>(Map.of(
            TemplateVersion.V2019, groupsOf(Table3Spec.rows(TemplateVersion.V2019)),
            TemplateVersion.V2021, groupsOf(Table3Spec.rows(TemplateVersion.V2021))));

    private Table3Reader() {
    }

    static Table3 read(Table table, List<TemplateMark> marks) {
        TemplateVersion version = versionOf(table, marks);
        List<RowSpec> specs = Table3Spec.rows(version);
        LabelMatcher<RowSpec> matcher = MATCHERS.get(version);
        int firstData = firstDataRow(table, matcher);
        List<Row> header = table.rows().subList(0, firstData);
        int[] gridColumns = GridColumns.locate(table.rows(), header, Table3Spec.COLUMNS);
        Set<String> used = new HashSet<>();
        List<DataRow> rows = new ArrayList<>();
        int next = 0;
        for (Row row : table.rows().subList(firstData, table.rows().size())) {
            if (row.isSeparator() || row.cells().stream().allMatch(Cell::isBlank)) continue;
            RowCells cells = gridColumns == null ? RowCells.split(row) : RowCells.inColumns(row, gridColumns[0]);
            if (cells.values.isEmpty() && row.form() == RowForm.PLAIN || isRepeatedHeader(row)) {
                continue; // a caption, group label or header line between the rows, or the header repeated
            }
            List<Cell> labels = cells.nonBlankLabels();
            String rowLabel = rowLabel(labels, GROUPS.get(version));
            RowSpec spec = null;
            boolean byPosition = false;
            if (rowLabel != null) {
                spec = matcher.best(rowLabel, MATCH);
                if (spec != null && used.contains(spec.key())) spec = null;
            } else if (!cells.values.isEmpty() && cells.values.stream().anyMatch(c -> !RowCells.isEmpty(c))) {
                String group = labels.isEmpty() ? null : Labels.normalize(labels.get(labels.size() - 1).text());
                next = firstUnusedFrom(specs, used, next, group);
                spec = next < specs.size() ? specs.get(next) : null;
                byPosition = spec != null;
            } else {
                continue; // a row of group labels only
            }
            if (spec != null) {
                used.add(spec.key());
                next = specs.indexOf(spec) + 1;
            }
            String display = spec != null ? spec.displayLabel() : cells.labelText();
            TextRange labelRange = cells.labelRange(row);
            RowCells.Aligned aligned = gridColumns == null ? cells.align(Table3Spec.COLUMNS.size())
                    : cells.inGridColumns(gridColumns);
            rows.add(new DataRow(spec, row, cells.labelText(), labelRange, byPosition,
                    aligned.toDataCells(TABLE, display, Table3Spec.COLUMNS, labelRange), aligned.extra()));
        }
        if (version == TemplateVersion.V2019) {
            rows.stream().filter(r -> r.spec() != null && r.spec().key().equals("R3.6") && !r.labelMissing())
                    .findFirst().ifPresent(r -> marks.add(new TemplateMark(TemplateVersion.V2019, "表三", r.label(), r.labelRange())));
        }
        TextRange headerRange = header.isEmpty() ? TextRange.at(table.range().start())
                : header.get(0).range().union(header.get(header.size() - 1).range());
        return new Table3(table, version, rows, missingColumns(header), headerRange);
    }

    /** Many cells of words and not one number: the header written again (a page break, an OCR tool's sub-tables). */
    private static boolean isRepeatedHeader(Row row) {
        int words = 0;
        for (Cell cell : row.cells()) {
            if (Labels.hanCount(cell.text()) >= 2) words++;
        }
        return words >= REPEATED_HEADER && RowCells.numericCount(row) == 0;
    }

    /** The row's own label: the last label cell that is not a merged group label. */
    private static String rowLabel(List<Cell> labels, Set<String> groups) {
        for (int i = labels.size() - 1; i >= 0; i--) {
            String text = labels.get(i).text();
            if (!isGroupLabel(text, groups)) return text;
        }
        return null;
    }

    /** 「三、本年度办理结果」「（三）不予公开」…: merged cells on the left that name a group of rows, not a row. */
    private static boolean isGroupLabel(String text, Set<String> groups) {
        String n = Labels.normalize(text);
        return n.endsWith("本年度办理结果") || groups.contains(n);
    }

    private static Set<String> groupsOf(List<RowSpec> specs) {
        return specs.stream().map(RowSpec::group).filter(Objects::nonNull).map(Labels::normalize).collect(Collectors.toUnmodifiableSet());
    }

    private static int firstUnusedFrom(List<RowSpec> specs, Set<String> used, int from, String group) {
        for (int i = from; i < specs.size(); i++) {
            RowSpec s = specs.get(i);
            if (used.contains(s.key())) continue;
            if (group == null || s.group() == null || Labels.normalize(s.group()).equals(group)
                    || group.endsWith("本年度办理结果")) {
                return i;
            }
        }
        return specs.size();
    }

    /** The first row labelled like a data row, or holding numbers: the rows before it are the header. */
    private static int firstDataRow(Table table, LabelMatcher<RowSpec> matcher) {
        List<Row> rows = table.rows();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            List<Cell> labels = RowCells.split(row).nonBlankLabels();
            boolean labelled = labels.stream().anyMatch(c -> matcher.best(c.text(), MATCH) != null);
            if (labelled || RowCells.numericCount(row) >= 3) return i;
        }
        return rows.size();
    }

    /**
     * The columns the header does not name: not in its text joined (a name broken over cells or
     * lines is whole again), nor like one of its cells (OCR's 「社会公益」). A header that names
     * hardly any column is no header that lacks some, but one garbled or replaced (「数据1」…): the
     * values are read by position and nothing is said of it.
     */
    private static List<String> missingColumns(List<Row> header) {
        List<String> cells = header.stream().filter(r -> !r.isSeparator()).flatMap(r -> r.cells().stream())
                .filter(c -> !RowCells.isEmpty(c)).map(Cell::text).toList();
        String all = Labels.normalize(String.join(" ", cells));
        List<String> missing = Table3Spec.COLUMNS.stream()
                .filter(c -> !all.contains(c) && cells.stream().noneMatch(cell -> Labels.similarity(cell, c) >= MATCH))
                .toList();
        return Table3Spec.COLUMNS.size() - missing.size() < MIN_NAMED_COLUMNS ? List.of() : missing;
    }

    private static TemplateVersion versionOf(Table table, List<TemplateMark> marks) {
        boolean v2021 = false;
        for (Row row : table.rows()) {
            for (Cell cell : row.cells()) {
                if (cell.text().indexOf('逾') < 0) continue; // both marks hold 逾期; most cells are numbers
                String core = Labels.core(cell.text());
                if (core.startsWith("申请人无正当理由逾期不补正") || core.startsWith("申请人逾期未按收费通知")) {
                    marks.add(new TemplateMark(TemplateVersion.V2021, "表三", cell.text(), cell.range()));
                    v2021 = true;
                }
            }
        }
        return v2021 ? TemplateVersion.V2021 : TemplateVersion.V2019;
    }
}

package gkreport.recognize;

import gkreport.model.LabelMatcher;
import gkreport.model.Labels;
import gkreport.model.RowSpec;
import gkreport.model.Table2Spec;
import gkreport.model.Table3Spec;
import gkreport.model.TemplateVersion;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The row labels of a space-aligned table. A label wrapped over several lines has its numbers on
 * one of them; the lines above and below are pieces of it, or of its neighbour's label. Merged
 * group cells on the left (「（三）不予公开」, broken as 「（三）不」/「予公开」) and the vertical
 * 「三、本年度办理结果」 written a character or two per line stand among those pieces: they label
 * groups of rows, never one row.
 */
final class LayoutLabels {
    /** Pieces beyond this many between two rows are not a wrapped label. */
    private static final int MAX_PIECES = 8;
    private static final String RESULTS = Labels.normalize("三、本年度办理结果");
    private static final Set<String> GROUPS = groups();
    private static final LabelMatcher<String> ROWS = new LabelMatcher<>(rowLabels(), Function.identity());

    private LayoutLabels() {
    }

    /** The label text of one line between two rows, with its line number. */
    record Piece(List<LayoutField> fields, int line) {
    }

    /**
     * A row's own label fields and the pieces that follow it up to the next row.
     *
     * @param line  the row's line
     * @param own   the label fields on the row's line
     * @param after the pieces between it and the next row (or the table's end)
     */
    record Gap(int line, List<LayoutField> own, List<Piece> after) {
    }

    /**
     * Each row's label fields: its own, with the pieces around it that belong to it. The pieces
     * between two rows are split where the two labels together best match rows of the format
     * (the nearer row wins a tie); pieces after the last row join it only when they make its label
     * match better.
     */
    static List<List<LayoutField>> assign(List<Gap> rows) {
        List<List<LayoutField>> labels = new ArrayList<>(rows.size());
        List<LayoutField> head = List.of();
        for (int i = 0; i < rows.size(); i++) {
            Gap row = rows.get(i);
            List<LayoutField> label = concat(head, row.own());
            List<Piece> pieces = row.after().size() > MAX_PIECES ? List.of() : row.after();
            int split = i + 1 < rows.size() ? splitBetween(row, label, pieces, rows.get(i + 1)) : splitAfterLast(label, pieces);
            labels.add(concat(label, fields(pieces.subList(0, split))));
            head = fields(pieces.subList(split, pieces.size()));
        }
        return labels;
    }

    private static int splitBetween(Gap above, List<LayoutField> aboveLabel, List<Piece> pieces, Gap below) {
        int best = 0;
        double bestScore = -1;
        int bestDistance = Integer.MAX_VALUE;
        for (int j = 0; j <= pieces.size(); j++) {
            double score = score(concat(aboveLabel, fields(pieces.subList(0, j))))
                    + score(concat(fields(pieces.subList(j, pieces.size())), below.own()));
            int distance = 0;
            for (int p = 0; p < pieces.size(); p++) {
                distance += p < j ? pieces.get(p).line() - above.line() : below.line() - pieces.get(p).line();
            }
            if (score > bestScore + 1e-9 || Math.abs(score - bestScore) <= 1e-9 && distance < bestDistance) {
                best = j;
                bestScore = score;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static int splitAfterLast(List<LayoutField> label, List<Piece> pieces) {
        int best = 0;
        double bestScore = score(label);
        for (int j = 1; j <= pieces.size(); j++) {
            double score = score(concat(label, fields(pieces.subList(0, j))));
            if (score > bestScore + 1e-9) {
                best = j;
                bestScore = score;
            }
        }
        return best;
    }

    /** How well the fields, read as one label, match a row of table 二 or 三 of either format. */
    private static double score(List<LayoutField> fields) {
        if (fields.isEmpty()) return 0;
        StringBuilder text = new StringBuilder();
        for (LayoutField f : fields) text.append(f.text());
        return ROWS.bestSimilarity(text.toString());
    }

    /**
     * The label fields of a row's line: without the vertical 「三、本年度办理结果」's letters, and
     * without group labels unless one is all the line has (the 2019 format's row 「（六）其他处理」
     * is the 2021 format's group).
     */
    static List<LayoutField> ownLabel(List<LayoutField> fields) {
        List<LayoutField> kept = fields.stream().filter(f -> !isVerticalLetters(f.text())).toList();
        List<LayoutField> rowPieces = kept.stream().filter(f -> !isGroupPiece(f.text())).toList();
        return rowPieces.isEmpty() && kept.size() == 1 ? kept : rowPieces;
    }

    /** Whether a field on a line of text is a piece of a group label, not of a row's. */
    static boolean isGroupOrVertical(String text) {
        return isVerticalLetters(text) || isGroupPiece(text);
    }

    /** 「三、本年度办理结果」 whole, or a character or two of it. */
    static boolean isVerticalLetters(String text) {
        String n = Labels.normalize(text);
        return n.equals(RESULTS) || !n.isEmpty() && n.length() <= 2 && RESULTS.contains(n);
    }

    /** A group label, or its beginning (「（三）不」) or end (「予公开」) as a wrapped merged cell shows it. */
    static boolean isGroupPiece(String text) {
        String n = Labels.normalize(text);
        if (n.length() < 2) return false;
        for (String group : GROUPS) {
            if (group.startsWith(n) || n.length() >= 3 && group.endsWith(n)) return true;
        }
        return false;
    }

    private static List<LayoutField> fields(List<Piece> pieces) {
        List<LayoutField> out = new ArrayList<>();
        for (Piece p : pieces) out.addAll(p.fields());
        return out;
    }

    private static List<LayoutField> concat(List<LayoutField> a, List<LayoutField> b) {
        if (a.isEmpty()) return b;
        if (b.isEmpty()) return a;
        List<LayoutField> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Set<String> groups() {
        Set<String> groups = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            Table3Spec.rows(v).stream().map(RowSpec::group).filter(Objects::nonNull).map(Labels::normalize).forEach(groups::add);
        }
        return Set.copyOf(groups);
    }

    private static List<String> rowLabels() {
        Set<String> labels = new LinkedHashSet<>();
        for (TemplateVersion v : TemplateVersion.values()) {
            Table3Spec.rows(v).forEach(r -> labels.add(r.label()));
            Table2Spec.blocks(v).forEach(b -> labels.addAll(b.rows()));
        }
        return List.copyOf(labels);
    }
}

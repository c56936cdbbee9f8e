package gkreport.bench;

import gkreport.grammar.syntax.RowForm;
import java.util.List;

/** Writes table rows in one of the three text forms real reports arrive in. */
final class ReportWriter {
    private final StringBuilder out = new StringBuilder();
    private final RowForm form;

    ReportWriter(RowForm form) {
        this.form = form;
    }

    ReportWriter line(String text) {
        out.append(text).append('\n');
        return this;
    }

    ReportWriter row(List<String> cells) {
        switch (form) {
            case PIPE -> out.append(String.join(" | ", cells)).append('\n');
            case TAB -> out.append(String.join("\t", cells)).append('\n');
            default -> {
                for (String cell : cells) out.append('\t').append(cell).append('\n');
                out.append('\n');
            }
        }
        return this;
    }

    /** A blank line after a cell-per-line table, so the next heading is not taken into its last cell. */
    ReportWriter endTable() {
        out.append('\n');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}

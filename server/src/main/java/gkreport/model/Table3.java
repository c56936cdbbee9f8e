package gkreport.model;

import gkreport.grammar.TextRange;
import gkreport.grammar.syntax.Table;
import java.util.List;
import java.util.Optional;

/**
 * Table 三 as read.
 *
 * @param syntax         the table as written
 * @param version        the format its rows follow
 * @param rows           the data rows in written order, matched ones and unknown ones
 * @param missingColumns column labels the header lacks
 * @param headerRange    where the header stands
 */
public record Table3(Table syntax, TemplateVersion version, List<DataRow> rows, List<String> missingColumns,
                     TextRange headerRange) {
    public Table3 {
        rows = List.copyOf(rows);
        missingColumns = List.copyOf(missingColumns);
    }

    public Optional<DataRow> row(String key) {
        return rows.stream().filter(r -> r.spec() != null && r.spec().key().equals(key)).findFirst();
    }
}

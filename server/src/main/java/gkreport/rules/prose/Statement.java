package gkreport.rules.prose;

import gkreport.grammar.TextRange;
import java.math.BigDecimal;
import java.util.List;

/**
 * A quantity the prose states: 「共收到政府信息公开申请5件」, 「予以公开及部分公开208件（17.46%）」.
 *
 * @param quantities what is counted; several when the prose names them together (「予以公开及部分公开」)
 * @param count      the number stated
 * @param range      the statement, from its first word to 「件」
 * @param percent    a share stated right after it, or null
 */
public record Statement(List<Quantity> quantities, long count, TextRange range, Percent percent) {
    public Statement {
        quantities = List.copyOf(quantities);
    }

    /**
     * A share stated with a count: 「（17.46%）」.
     *
     * @param value the percentage as written
     * @param range where it is written, with the 「%」
     */
    public record Percent(BigDecimal value, TextRange range) {
    }
}

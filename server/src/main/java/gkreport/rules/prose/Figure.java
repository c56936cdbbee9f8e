package gkreport.rules.prose;

import gkreport.model.DataCell;
import gkreport.text.Message;
import java.math.BigDecimal;
import java.util.List;

/**
 * A figure the tables hold for a quantity: one cell or the sum of several.
 *
 * @param value  the cell's number or the cells' sum
 * @param cellsAt where the cells stand: 「表三“一、本年新收政府信息公开申请数量”行“总计”列」
 * @param cells  the cells it is read from
 * @param summed whether the value is a sum of the cells
 */
public record Figure(BigDecimal value, Message cellsAt, List<DataCell> cells, boolean summed) {
    public Figure {
        cells = List.copyOf(cells);
    }

    /** The figure named for a message: the cell, or 「…之和」. */
    public Message place() {
        return summed ? Message.of("place.sum", cellsAt) : cellsAt;
    }
}

package gkreport.rules.plausibility;

import gkreport.grammar.syntax.Cell;
import gkreport.grammar.syntax.Row;
import gkreport.model.Table2;
import java.util.List;

/**
 * The unit of a money column of table 二: 2021's 「本年收费金额（单位：万元）」 is in 万元 by the format
 * unless its header says 元; 2019's 「采购总金额」 is in the unit its header names, if any.
 */
public enum MoneyUnit {
    YUAN, WAN_YUAN, UNKNOWN;

    public static MoneyUnit of(Table2 table, Table2.Block block) {
        String header = header(table, block);
        if (header.contains("万元")) return WAN_YUAN;
        if (header.contains("元")) return YUAN;
        boolean byFormat = block.spec().columns().get(block.spec().money()).contains("万元");
        return byFormat ? WAN_YUAN : UNKNOWN;
    }

    /** The text of the rows between the block's caption and its first data row (or the next caption). */
    private static String header(Table2 table, Table2.Block block) {
        List<Row> rows = table.syntax().rows();
        Row firstData = block.rows().isEmpty() ? null : block.rows().get(0).syntax();
        StringBuilder text = new StringBuilder();
        for (int i = rows.indexOf(block.caption()) + 1; i < rows.size(); i++) {
            Row row = rows.get(i);
            if (row == firstData || row.cells().stream().anyMatch(c -> c.text().contains("第二十条"))) break;
            for (Cell c : row.cells()) text.append(c.text());
        }
        return text.toString();
    }
}

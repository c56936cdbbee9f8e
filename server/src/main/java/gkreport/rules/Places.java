package gkreport.rules;

import gkreport.model.DataCell;
import gkreport.text.Message;

/** Names of places in a report, rendered in the message language: 「表三“（七）总计”行“自然人”列」. */
public final class Places {
    private Places() {
    }

    /** 「表二」「表三」「表四」 → 「Table 2」… in English. */
    public static Message table(String name) {
        return Message.of("table." + name);
    }

    /** Table 四 has one row of three blocks: its cells are named by block and column. */
    public static Message cell(DataCell cell) {
        if (cell.table().equals("表四")) return Message.of("place.blockCell", table(cell.table()), cell.row(), cell.column());
        return Message.of("place.cell", table(cell.table()), cell.row(), cell.column());
    }
}

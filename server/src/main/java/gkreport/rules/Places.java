package gkreport.rules;

import gkreport.model.DataCell;

/** Names of places in a report, rendered in the message language: 「表三“（七）总计”行“自然人”列」. */
public final class Places {
    private Places() {
    }

    /** 「表二」「表三」「表四」 → 「Table 2」… in English. */
    public static Message table(String name) {
        return Message.of("table." + name);
    }

    public static Message cell(DataCell cell) {
        return Message.of("place.cell", table(cell.table()), cell.row(), cell.column());
    }
}

package gkreport.model;

import java.util.List;

/** Table 四 (行政复议、行政诉讼): one data row of three blocks of five cells, the same in both formats. */
public final class Table4Spec {
    public static final List<String> BLOCKS = List.of("行政复议", "行政诉讼·未经复议直接起诉", "行政诉讼·复议后起诉");
    public static final List<String> BLOCK_COLUMNS = List.of("结果维持", "结果纠正", "其他结果", "尚未审结", "总计");
    public static final int CELLS = 15;
    public static final int TOTAL_IN_BLOCK = 4;

    private Table4Spec() {
    }
}

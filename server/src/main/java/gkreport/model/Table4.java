package gkreport.model;

import gkreport.grammar.syntax.Table;

/**
 * Table 四 as read.
 *
 * @param syntax the table as written
 * @param data   its data row of 15 cells, or null when no row of numbers was found
 */
public record Table4(Table syntax, DataRow data) {
}

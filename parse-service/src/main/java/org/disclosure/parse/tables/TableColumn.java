package org.disclosure.parse.tables;

/**
 * A column of a table.
 *
 * @param name the canonical name rows are read by ({@code 本年收入合计}, {@code 预算数})
 * @param header the header as printed above it (stacked header rows joined), empty when
 * the document prints none
 * @param numeric true for an amount column
 * @param group the side the column belongs to in a two-sided table ({@code 收入},
 * {@code 支出}); null otherwise
 */
public record TableColumn(String name, String header, boolean numeric, String group) {
}

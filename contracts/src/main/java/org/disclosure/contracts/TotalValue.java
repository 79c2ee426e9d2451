package org.disclosure.contracts;

import java.math.BigDecimal;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One of a disclosure's totals (DOMAIN.md, "Where each total comes from").
 *
 * @param source {@code table} or {@code narrative}
 * @param location where it was read: table, row and column, or the sentence
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TotalValue(BigDecimal amount, String source, String location) {
}

package org.disclosure.parse.totals;

import java.math.BigDecimal;

/**
 * One total of a disclosure, in 万元.
 *
 * @param name which total
 * @param amount the amount in 万元 (converted when a table states 元)
 * @param source where it was read
 */
public record Total(TotalName name, BigDecimal amount, TotalSource source) {
}

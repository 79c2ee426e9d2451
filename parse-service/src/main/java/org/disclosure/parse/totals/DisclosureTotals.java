package org.disclosure.parse.totals;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The totals of a disclosure, each from its defined place.
 *
 * @param totals the totals found, in {@link TotalName} order
 */
public record DisclosureTotals(List<Total> totals) {

	public DisclosureTotals {
		totals = List.copyOf(totals);
	}

	/** The total {@code name}, if the document carries it. */
	public Optional<Total> get(TotalName name) {
		for (Total total : this.totals) {
			if (total.name() == name) {
				return Optional.of(total);
			}
		}
		return Optional.empty();
	}

	/** The amounts by key ({@code revenue} → 1055.79), in {@link TotalName} order. */
	public Map<String, BigDecimal> amounts() {
		Map<String, BigDecimal> amounts = new LinkedHashMap<>();
		for (Total total : this.totals) {
			amounts.put(total.name().key(), total.amount());
		}
		return amounts;
	}

}

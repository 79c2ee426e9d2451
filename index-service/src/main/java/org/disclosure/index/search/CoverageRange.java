package org.disclosure.index.search;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The bands of {@code validation.coverage} (the share of the applicable rules that ran on
 * a document) the {@code coverage} facet counts and the {@code coverage} filter takes:
 * from inclusive, to exclusive.
 */
public enum CoverageRange {

	/** Less than half of the rules could run: most of the document was not checked. */
	LOW("<0.5", null, 0.5),

	/** Half or more, but less than nine in ten. */
	PARTIAL("0.5-0.9", 0.5, 0.9),

	/** Nine in ten rules or more ran. */
	HIGH(">=0.9", 0.9, null);

	private final String key;

	private final Double from;

	private final Double to;

	CoverageRange(String key, Double from, Double to) {
		this.key = key;
		this.from = from;
		this.to = to;
	}

	/** The range named {@code key}; null when none is given. */
	public static CoverageRange of(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String name = key.strip();
		return Arrays.stream(values())
			.filter((range) -> range.key.equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidSearchException("coverage must be one of "
					+ Arrays.stream(values()).map(CoverageRange::key).collect(Collectors.joining(", ")) + ", not '"
					+ key + "'"));
	}

	/** Its name in the API and the facet. */
	public String key() {
		return this.key;
	}

	/** Lower bound, inclusive; null for none. */
	Double from() {
		return this.from;
	}

	/** Upper bound, exclusive; null for none. */
	Double to() {
		return this.to;
	}

}

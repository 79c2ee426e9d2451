package org.disclosure.index.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.Publication;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.ValidationStatus;

/**
 * A searcher's question: text, filters, order and the page wanted. The text is a list of
 * Chinese phrases separated by whitespace ({@code "…"} keeps one together); a document
 * must contain every phrase. Every filter must hold: {@code tables} lists tables the
 * document must all have; {@code rule} and {@code severity} ask for a finding of that
 * rule and that severity (both: one finding with both).
 *
 * @param scope {@code department} or {@code unit}
 * @param part the publication part: {@code whole}, {@code narrative} or {@code tables}
 * @param coverage the band the verdict's coverage falls in
 * @param skippedRule a rule that could not run on the document
 * @param order {@code asc} or {@code desc}; null for the sort's own direction
 * @param page 1-based
 */
public record SearchQuery(String text, String province, String city, String county, Integer year, String kind,
		String scope, String part, String status, CoverageRange coverage, List<String> tables, String rule,
		String severity, String skippedRule, SearchSort sort, String order, int page, int size) {

	/** The scopes of {@code DisclosureMetadata.scope}. */
	static final List<String> SCOPES = List.of("department", "unit");

	/** The parts of {@code Publication.part}. */
	static final List<String> PARTS = List.of(Publication.WHOLE, Publication.NARRATIVE, Publication.TABLES);

	/** Largest page. */
	public static final int MAX_SIZE = 100;

	/** Elasticsearch's default {@code index.max_result_window}. */
	public static final int MAX_WINDOW = 10_000;

	static final int MAX_TEXT_CHARS = 256;

	static final int MAX_TABLES = 30;

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"|[^\\s\\u3000\"]+");

	private static final Pattern TABLE_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,31}");

	public SearchQuery {
		text = blankToNull(text);
		province = blankToNull(province);
		city = blankToNull(city);
		county = blankToNull(county);
		kind = oneOf("kind", blankToNull(kind), Arrays.stream(DocKind.values()).map(DocKind::value).toList());
		scope = oneOf("scope", blankToNull(scope), SCOPES);
		part = oneOf("part", blankToNull(part), PARTS);
		status = oneOf("status", blankToNull(status),
				Arrays.stream(ValidationStatus.values()).map(ValidationStatus::value).toList());
		rule = blankToNull(rule);
		skippedRule = blankToNull(skippedRule);
		severity = oneOf("severity", blankToNull(severity),
				Arrays.stream(Severity.values()).map(Severity::value).toList());
		tables = tableCodes(tables);
		sort = (sort != null) ? sort : SearchSort.RELEVANCE;
		order = oneOf("order", blankToNull(order), List.of("asc", "desc"));
		if (text != null && text.length() > MAX_TEXT_CHARS) {
			throw new InvalidSearchException("q is longer than " + MAX_TEXT_CHARS + " characters");
		}
		if (page < 1) {
			throw new InvalidSearchException("page starts at 1");
		}
		if (size < 0 || size > MAX_SIZE) {
			throw new InvalidSearchException("size must be between 0 and " + MAX_SIZE);
		}
		if ((long) page * size > MAX_WINDOW) {
			throw new InvalidSearchException("page × size must not exceed " + MAX_WINDOW);
		}
	}

	/** A query for everything, first page of ten; refine it with the builder. */
	public static Builder builder() {
		return new Builder();
	}

	/** The phrases of the text, in order; none for an empty text. */
	public List<String> phrases() {
		List<String> phrases = new ArrayList<>();
		if (this.text != null) {
			Matcher matcher = PHRASE.matcher(this.text);
			while (matcher.find()) {
				String phrase = (matcher.group(1) != null) ? matcher.group(1).strip() : matcher.group();
				if (!phrase.isEmpty()) {
					phrases.add(phrase);
				}
			}
		}
		return phrases;
	}

	/** Offset of the first hit of the page. */
	public int from() {
		return (this.page - 1) * this.size;
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.strip();
	}

	private static String oneOf(String name, String value, List<String> allowed) {
		if (value != null && !allowed.contains(value)) {
			throw new InvalidSearchException(
					name + " must be one of " + String.join(", ", allowed) + ", not '" + value + "'");
		}
		return value;
	}

	private static List<String> tableCodes(List<String> tables) {
		if (tables == null) {
			return List.of();
		}
		Set<String> codes = new LinkedHashSet<>();
		for (String table : tables) {
			String code = blankToNull(table);
			if (code == null) {
				continue;
			}
			code = code.toUpperCase(Locale.ROOT);
			if (!TABLE_CODE.matcher(code).matches()) {
				throw new InvalidSearchException(
						"table must be a table code such as FA01 or BU03, not '" + table + "'");
			}
			codes.add(code);
		}
		if (codes.size() > MAX_TABLES) {
			throw new InvalidSearchException("at most " + MAX_TABLES + " tables can be asked for");
		}
		return codes.stream().collect(Collectors.toUnmodifiableList());
	}

	/** Builds a {@link SearchQuery} one part at a time. */
	public static final class Builder {

		private String text;

		private String province;

		private String city;

		private String county;

		private Integer year;

		private String kind;

		private String scope;

		private String part;

		private String status;

		private CoverageRange coverage;

		private List<String> tables = List.of();

		private String rule;

		private String severity;

		private String skippedRule;

		private SearchSort sort = SearchSort.RELEVANCE;

		private String order;

		private int page = 1;

		private int size = 10;

		private Builder() {
		}

		public Builder text(String value) {
			this.text = value;
			return this;
		}

		public Builder province(String value) {
			this.province = value;
			return this;
		}

		public Builder city(String value) {
			this.city = value;
			return this;
		}

		public Builder county(String value) {
			this.county = value;
			return this;
		}

		public Builder year(Integer value) {
			this.year = value;
			return this;
		}

		public Builder kind(String value) {
			this.kind = value;
			return this;
		}

		public Builder scope(String value) {
			this.scope = value;
			return this;
		}

		public Builder part(String value) {
			this.part = value;
			return this;
		}

		public Builder status(String value) {
			this.status = value;
			return this;
		}

		public Builder coverage(CoverageRange value) {
			this.coverage = value;
			return this;
		}

		public Builder tables(String... values) {
			this.tables = List.of(values);
			return this;
		}

		public Builder rule(String value) {
			this.rule = value;
			return this;
		}

		public Builder severity(String value) {
			this.severity = value;
			return this;
		}

		public Builder skippedRule(String value) {
			this.skippedRule = value;
			return this;
		}

		public Builder sort(SearchSort value, String direction) {
			this.sort = value;
			this.order = direction;
			return this;
		}

		public Builder page(int value, int pageSize) {
			this.page = value;
			this.size = pageSize;
			return this;
		}

		public SearchQuery build() {
			return new SearchQuery(this.text, this.province, this.city, this.county, this.year, this.kind, this.scope,
					this.part, this.status, this.coverage, this.tables, this.rule, this.severity, this.skippedRule,
					this.sort, this.order, this.page, this.size);
		}

	}

}

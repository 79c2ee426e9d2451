package org.disclosure.index.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.mapping.FieldType;

/**
 * The orders a search can be sorted in: name in the API, field sorted on, its default
 * direction. Every field sort says its type when unmapped, so a search keeps answering
 * while the alias still points at an earlier index version without that field.
 */
public enum SearchSort {

	/** Best matches first; without text, newest years first. */
	RELEVANCE("relevance", null, SortOrder.Desc, null),

	/** Fiscal year, newest first. */
	YEAR("year", "fiscal_year", SortOrder.Desc, FieldType.Integer),

	/**
	 * Department name, in code-point order (Chinese names are not collated by pinyin).
	 */
	DEPARTMENT("department", "department.keyword", SortOrder.Asc, FieldType.Keyword),

	/** Number of errors the rule catalogue found, most first. */
	ERRORS("errors", "validation.errors", SortOrder.Desc, FieldType.Integer);

	private final String value;

	private final String field;

	private final SortOrder defaultOrder;

	private final FieldType type;

	SearchSort(String value, String field, SortOrder defaultOrder, FieldType type) {
		this.value = value;
		this.field = field;
		this.defaultOrder = defaultOrder;
		this.type = type;
	}

	/** The sort named {@code value}; relevance when none is given. */
	public static SearchSort of(String value) {
		if (value == null || value.isBlank()) {
			return RELEVANCE;
		}
		String name = value.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(values())
			.filter((sort) -> sort.value.equals(name))
			.findFirst()
			.orElseThrow(() -> new InvalidSearchException("sort must be one of "
					+ Arrays.stream(values()).map(SearchSort::value).collect(Collectors.joining(", ")) + ", not '"
					+ value + "'"));
	}

	public String value() {
		return this.value;
	}

	String field() {
		return this.field;
	}

	SortOrder defaultOrder() {
		return this.defaultOrder;
	}

	FieldType type() {
		return this.type;
	}

}

package org.disclosure.index.search;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A searcher's question: text, filters and the page wanted. The text is a list of Chinese
 * phrases separated by whitespace ({@code "…"} keeps one together); a document must
 * contain every phrase.
 *
 * @param page 1-based
 */
public record SearchQuery(String text, String province, String city, String county, Integer year, String kind,
		String status, int page, int size) {

	/** Largest page. */
	public static final int MAX_SIZE = 100;

	/** Elasticsearch's default {@code index.max_result_window}. */
	public static final int MAX_WINDOW = 10_000;

	static final int MAX_TEXT_CHARS = 256;

	private static final Pattern PHRASE = Pattern.compile("\"([^\"]*)\"|[^\\s\\u3000\"]+");

	public SearchQuery {
		text = blankToNull(text);
		province = blankToNull(province);
		city = blankToNull(city);
		county = blankToNull(county);
		kind = blankToNull(kind);
		status = blankToNull(status);
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

}

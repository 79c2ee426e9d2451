package org.disclosure.parse.tables;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;

/**
 * Reads a line as a table title: compact (no whitespace, half-width brackets), without
 * quotes, list numbering ({@code 一、}, {@code (三)}, {@code 01}, {@code 附表1}), printed
 * table numbers ({@code 公开01表}, {@code YS01}) or a fiscal year ({@code 2024年},
 * {@code (2024年度)}, {@code 某某局2024年度}).
 */
final class TitleForm {

	/** Longest line that can be a title: the longest canonical title plus decorations. */
	private static final int MAX_LENGTH = 60;

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞]");

	private static final Pattern SUFFIX = Pattern.compile("\\(?(?:[0-9]{4}年度?|公开[0-9]+表|YS[0-9]+)\\)?$");

	private static final Pattern NUMBERING = Pattern
		.compile("^[-•·*]?(?:附表|附件|表)?(?:[0-9]+[.、:]?|\\(?[一二三四五六七八九十]+[)、.])");

	private static final Pattern PRINTED_NUMBER = Pattern.compile("^(?:公开[0-9]+表|YS[0-9]+)");

	private static final Pattern YEAR_PREFIX = Pattern.compile("^[\\p{IsHan}()]{0,30}?[0-9]{4}年度?");

	private TitleForm() {
	}

	/**
	 * The canonical table whose title {@code line} is.
	 * @param line a line of text, as extracted
	 * @return the table, empty when the line is no canonical title
	 */
	static Optional<TableCode> code(String line) {
		String compact = CompactText.of(line);
		if (compact.length() > MAX_LENGTH || compact.indexOf('表') < 0) {
			return Optional.empty();
		}
		for (String candidate : candidates(compact)) {
			Optional<TableCode> code = TableCode.ofTitle(candidate);
			if (code.isPresent()) {
				return code;
			}
		}
		return Optional.empty();
	}

	private static Set<String> candidates(String compact) {
		String title = QUOTES.matcher(compact).replaceAll("");
		title = SUFFIX.matcher(SUFFIX.matcher(title).replaceFirst("")).replaceFirst("");
		Set<String> candidates = new LinkedHashSet<>();
		for (String numbered : new String[] { title, strip(NUMBERING, title) }) {
			for (String printed : new String[] { numbered, strip(PRINTED_NUMBER, numbered) }) {
				candidates.add(printed);
				candidates.add(strip(YEAR_PREFIX, printed));
			}
		}
		return candidates;
	}

	private static String strip(Pattern prefix, String title) {
		return prefix.matcher(title).replaceFirst("");
	}

}

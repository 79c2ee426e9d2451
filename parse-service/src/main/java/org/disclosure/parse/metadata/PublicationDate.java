package org.disclosure.parse.metadata;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.tables.TableScan;
import org.disclosure.parse.text.DocumentText;

/**
 * The month a disclosure was published, when its cover prints one: a line holding only a
 * date, in Chinese numerals ({@code 二〇二五年八月}) or digits ({@code 2025年8月},
 * {@code 2025年8月15日}). Dates elsewhere (a table's fill-in date) are not publication
 * dates.
 */
final class PublicationDate {

	private static final String DIGIT = "0-9〇○零Ｏ一二三四五六七八九";

	private static final Pattern DATE = Pattern
		.compile("^([" + DIGIT + "]{4})年([" + DIGIT + "十]{1,3})月(?:[" + DIGIT + "十]{1,3}日)?$");

	private PublicationDate() {
	}

	/** The publication month as {@code yyyy-MM}. */
	static Optional<String> find(DocumentText text, TableScan tables) {
		List<Integer> head = DocumentHead.lines(text, tables);
		for (int line : head) {
			Matcher matcher = DATE.matcher(text.compact(line));
			if (matcher.matches()) {
				int year = digits(matcher.group(1));
				int month = number(matcher.group(2));
				if (year >= 1990 && year <= 2100 && month >= 1 && month <= 12) {
					return Optional.of(String.format("%04d-%02d", year, month));
				}
			}
		}
		return Optional.empty();
	}

	/** {@code 二〇二五} → 2025, digit by digit. */
	private static int digits(String text) {
		int value = 0;
		for (int i = 0; i < text.length(); i++) {
			value = value * 10 + digit(text.charAt(i));
		}
		return value;
	}

	/** A month or day: {@code 八} → 8, {@code 十二} → 12, {@code 08} → 8. */
	private static int number(String text) {
		int ten = text.indexOf('十');
		if (ten < 0) {
			return digits(text);
		}
		int tens = (ten == 0) ? 1 : digits(text.substring(0, ten));
		int units = (ten == text.length() - 1) ? 0 : digits(text.substring(ten + 1));
		return tens * 10 + units;
	}

	private static int digit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		return switch (c) {
			case '〇', '○', '零', 'Ｏ' -> 0;
			case '一' -> 1;
			case '二' -> 2;
			case '三' -> 3;
			case '四' -> 4;
			case '五' -> 5;
			case '六' -> 6;
			case '七' -> 7;
			case '八' -> 8;
			case '九' -> 9;
			default -> throw new IllegalArgumentException("Not a digit: " + c);
		};
	}

}

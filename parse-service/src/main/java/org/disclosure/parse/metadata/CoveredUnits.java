package org.disclosure.parse.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.text.DocumentText;

/**
 * The units an account covers, as the 决算单位构成 / 预算单位构成 paragraph lists them after
 * {@code 具体是：} or {@code 具体包含：}: on the same line ({@code 1. 卢氏县医疗保障局；2. 卢氏县社会医疗保险中心。})
 * or one per line below it. When the paragraph gives a count ({@code 共2个}) no more are
 * read.
 */
final class CoveredUnits {

	private static final Pattern TRIGGER = Pattern.compile("单位构成|编制范围|汇总(?:决算|预算)|所属单位");

	private static final Pattern LIST_START = Pattern.compile("具体(?:是|包含|包括|为|有|如下)(?:如下)?:");

	private static final Pattern COUNT = Pattern.compile("共([0-9]+)个");

	private static final Pattern NUMBERING = Pattern.compile("^(?:\\(?[0-9]+[).、．]|[0-9]+\\.|[(（][0-9]+[)）])");

	private static final Pattern SEPARATOR = Pattern.compile("[;；。]|(?<![0-9])(?=[0-9]+[.、．])");

	/** Lines a wrapped inline list may continue on, at most. */
	private static final int MAX_WRAPPED_LINES = 5;

	/** Lines below the list start that are read for items, at most. */
	private static final int MAX_LIST_LINES = 40;

	private CoveredUnits() {
	}

	/** The covered units as printed, in order; empty when the document lists none. */
	static List<String> find(DocumentText text) {
		for (int i = 0; i < text.size(); i++) {
			String compact = text.compact(i);
			Matcher start = LIST_START.matcher(compact);
			if (!start.find() || !triggered(text, i, start.start())) {
				continue;
			}
			int expected = expectedCount(text, i);
			String rest = text.printed(i).substring(start.end());
			List<String> units = new ArrayList<>();
			if (!rest.isEmpty()) {
				for (String item : SEPARATOR.split(paragraph(text, i, rest))) {
					add(units, item);
				}
			}
			else {
				readBelow(text, i, expected, units);
			}
			if (!units.isEmpty()) {
				return (expected > 0 && units.size() > expected) ? List.copyOf(units.subList(0, expected))
						: List.copyOf(units);
			}
		}
		return List.of();
	}

	private static boolean triggered(DocumentText text, int line, int before) {
		if (TRIGGER.matcher(text.compact(line).substring(0, before)).find()) {
			return true;
		}
		int seen = 0;
		for (int j = line - 1; j >= 0 && seen < 3; j--) {
			if (!text.compact(j).isEmpty()) {
				seen++;
				if (TRIGGER.matcher(text.compact(j)).find()) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * {@code rest} and the lines that continue it up to its full stop: a PDF wraps a long
	 * list ({@code 具体是：1. 卢氏县医疗保障局；2.} / {@code 卢氏县社会医疗保险中心。}).
	 */
	private static String paragraph(DocumentText text, int line, String rest) {
		StringBuilder paragraph = new StringBuilder(rest);
		for (int j = line + 1; j < text.size() && j <= line + MAX_WRAPPED_LINES && !endsParagraph(paragraph); j++) {
			if (text.compact(j).isEmpty()) {
				break;
			}
			paragraph.append(text.printed(j));
		}
		return paragraph.toString();
	}

	private static boolean endsParagraph(CharSequence paragraph) {
		return paragraph.charAt(paragraph.length() - 1) == '。';
	}

	private static int expectedCount(DocumentText text, int line) {
		Matcher count = COUNT.matcher(text.compact(line));
		return count.find() ? Integer.parseInt(count.group(1)) : 0;
	}

	private static void readBelow(DocumentText text, int line, int expected, List<String> units) {
		for (int j = line + 1; j < text.size() && j <= line + MAX_LIST_LINES; j++) {
			if (text.compact(j).isEmpty()) {
				continue;
			}
			if (!add(units, text.printed(j)) || (expected > 0 && units.size() >= expected)) {
				return;
			}
		}
	}

	private static boolean add(List<String> units, String item) {
		String name = NUMBERING.matcher(item.strip()).replaceFirst("").replaceAll("[;；。,，、]+$", "");
		return OrganisationNames.of(name).map(units::add).orElse(false);
	}

}

package org.disclosure.index.search;

import java.util.regex.Pattern;

/**
 * Tidies highlight fragments. The standard analyzer indexes one token per CJK character,
 * so Elasticsearch marks a phrase character by character ({@code <em>城</em><em>乡</em>});
 * readers want it marked once ({@code <em>城乡</em>}). The tabs and line breaks that text
 * extraction leaves between table cells become single spaces.
 */
final class Highlights {

	private static final Pattern ADJACENT_MARKS = Pattern.compile("</em>([\\s\\u3000]*)<em>");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private Highlights() {
	}

	static String merge(String fragment) {
		String merged = ADJACENT_MARKS.matcher(fragment).replaceAll("$1");
		return WHITESPACE.matcher(merged).replaceAll(" ").strip();
	}

}

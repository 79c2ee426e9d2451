package org.disclosure.parse.sections;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.text.CompactText;

/**
 * The headings of a disclosure's body, in order: its parts (第一部分 概况, 第三部分 情况说明, 第四部分
 * 名词解释) and their numbered sections (一、收入支出决算总体情况说明). The table of contents lists the
 * same headings first; the body starts at the last 第一部分 heading, and lines inside tables
 * are never headings. Completeness rules (CP-SECTIONS) read this outline.
 */
public final class SectionOutline {

	private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]+)部分(.*)$");

	private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、");

	/** A heading is short and states no amount. */
	private static final int MAX_HEADING = 40;

	private SectionOutline() {
	}

	/**
	 * The body's headings, each as printed (a part's title joined when on its own line).
	 */
	public static List<String> read(Layout layout, List<Table> tables) {
		boolean[] inTable = Table.linesCovered(tables, layout.size());
		List<String> headings = new ArrayList<>();
		int bodyStart = 0;
		boolean titlePending = false;
		for (int i = 0; i < layout.size(); i++) {
			LayoutLine line = layout.line(i);
			if (line.kind() != LineKind.TEXT || inTable[i]) {
				continue;
			}
			String text = line.text().strip();
			String compact = CompactText.of(text);
			if (compact.isEmpty()) {
				continue;
			}
			Matcher part = PART.matcher(compact);
			if (part.find()) {
				if ("一".equals(part.group(1))) {
					bodyStart = headings.size();
				}
				headings.add(text);
				titlePending = part.group(2).isEmpty();
				continue;
			}
			if (titlePending) {
				titlePending = false;
				if (isHeading(compact)) {
					headings.set(headings.size() - 1, headings.get(headings.size() - 1) + " " + text);
					continue;
				}
			}
			if (SECTION.matcher(compact).find() && isHeading(compact)) {
				headings.add(text);
			}
		}
		return List.copyOf(headings.subList(bodyStart, headings.size()));
	}

	private static boolean isHeading(String compact) {
		return compact.length() <= MAX_HEADING && !compact.contains("。") && !compact.contains("万元");
	}

}

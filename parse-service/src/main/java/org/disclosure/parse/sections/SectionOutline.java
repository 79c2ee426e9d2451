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
import org.disclosure.parse.text.Decorations;

/**
 * The headings of a disclosure's body, in order: its parts (第一部分 概况, 第三部分 情况说明, 第四部分
 * 名词解释; a part's title may wrap onto the next line), their numbered sections
 * (一、收入支出决算总体情况说明) and the unnumbered headings some provinces print instead of parts
 * (部门主要职能, 部门机构设置, 名词解释, 部门预算编制说明, 其他相关情况说明). The table of contents lists the same
 * headings first; the body starts at the last 第一部分 heading, table-of-contents lines with
 * leaders (……) are no headings, and lines inside tables are never headings. Completeness
 * rules (CP-SECTIONS) read this outline.
 */
public final class SectionOutline {

	private static final Pattern PART = Pattern.compile("^第([一二三四五六七八九十]+)部分(.*)$");

	private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、");

	/** A heading printed without numbering, on a line of its own. */
	private static final Pattern UNNUMBERED = Pattern.compile("^" + Decorations.WHOSE
			+ "(?:主要职能|职能职责|主要职责|机构设置|概况|名词解释|(?:预算|决算)?(?:编制|情况)说明|其他(?:相关|重要事项的?)?(?:情况)?说明|项目经费情况说明)$");

	/** A table-of-contents line: a title, leaders, maybe a page number. */
	private static final Pattern LEADERS = Pattern.compile("[…．.·]{3,}");

	/** A part title ending like this is whole; else a short next line may finish it. */
	private static final Pattern WHOLE_TITLE = Pattern.compile("(?:说明|概况|解释|表|情况|附件|附表)$");

	/** Longest line that finishes a wrapped part title. */
	private static final int MAX_TITLE_END = 16;

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
			if (LEADERS.matcher(compact).find()) {
				continue;
			}
			Matcher part = PART.matcher(compact);
			if (part.find()) {
				if ("一".equals(part.group(1))) {
					bodyStart = headings.size();
				}
				headings.add(text);
				titlePending = part.group(2).isEmpty() || !WHOLE_TITLE.matcher(part.group(2)).find();
				continue;
			}
			if (titlePending) {
				titlePending = false;
				String last = headings.get(headings.size() - 1);
				boolean untitled = PART.matcher(CompactText.of(last)).replaceFirst("$2").isEmpty();
				if (isHeading(compact) && !SECTION.matcher(compact).find()
						&& (untitled || compact.length() <= MAX_TITLE_END)) {
					headings.set(headings.size() - 1, last + " " + text);
					continue;
				}
			}
			if ((SECTION.matcher(compact).find() || UNNUMBERED.matcher(compact).matches()) && isHeading(compact)) {
				headings.add(text);
			}
		}
		return List.copyOf(headings.subList(bodyStart, headings.size()));
	}

	/**
	 * True for a line that opens a section of the narrative: a numbered or known
	 * unnumbered heading, short and stating no amount. A table ends where one starts.
	 */
	public static boolean opensSection(String compact) {
		return (SECTION.matcher(compact).find() || UNNUMBERED.matcher(compact).matches()) && isHeading(compact)
				&& !LEADERS.matcher(compact).find();
	}

	private static boolean isHeading(String compact) {
		return compact.length() <= MAX_HEADING && !compact.contains("。") && !compact.contains("万元");
	}

}

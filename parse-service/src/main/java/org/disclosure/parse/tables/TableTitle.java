package org.disclosure.parse.tables;

/**
 * A line that carries the title of a table.
 *
 * @param code the canonical table; null for a table whose title is no canonical one (a
 * province's extra table, or a title the vocabulary does not know)
 * @param title the title as printed, whitespace between CJK characters removed
 * @param line index of the title's first line in the document's lines
 * @param lastLine index of its last line (a long title may wrap onto a second line)
 * @param table true when a table follows (header lines such as {@code 公开01表},
 * {@code 单位：万元}, {@code 栏次}), false for a mere listing (table of contents)
 * @param whose what a canonical title prints before itself: whose and which year
 * ({@code 洛阳市洛龙区医疗保障局2024年度}), as printed; empty for none
 */
public record TableTitle(TableCode code, String title, int line, int lastLine, boolean table, String whose) {

	/** True when the title is a canonical one. */
	public boolean canonical() {
		return this.code != null;
	}

}

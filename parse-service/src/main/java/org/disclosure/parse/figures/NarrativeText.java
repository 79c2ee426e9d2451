package org.disclosure.parse.figures;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.text.CompactText;

/**
 * The narrative of a disclosure as paragraphs under their headings: text lines outside
 * the tables, wrapped lines joined (a line continues when the one before does not end a
 * sentence and it starts no heading or numbered item), in the parts that explain the
 * accounts (情况说明); the overview and the glossary are left out. A document without part
 * headings is read whole.
 */
final class NarrativeText {

	private static final Pattern PART = Pattern.compile("^第[一二三四五六七八九十]+部分(.*)$");

	private static final Pattern SECTION = Pattern.compile("^[一二三四五六七八九十]+、");

	private static final Pattern SUBSECTION = Pattern.compile("^\\([一二三四五六七八九十]+\\)");

	private static final Pattern NUMBERED = Pattern
		.compile("^(?:[0-9]+[.、．](?![0-9])|[一二三四五六七八九十]+、|\\([一二三四五六七八九十0-9]+\\))");

	private static final Pattern FIGURE = Pattern.compile("[0-9]\\s*(?:万元|%|辆|个|人次)");

	private static final Pattern SENTENCE_END = Pattern.compile("[。！？;；:：]$");

	/** Longest line that finishes a part title wrapped onto it. */
	private static final int MAX_TITLE_END = 16;

	/** A heading is short and states no amount. */
	private static final int MAX_HEADING = 40;

	private NarrativeText() {
	}

	/**
	 * The explanatory paragraphs of {@code layout}, skipping the lines in
	 * {@code tableLines}.
	 * @param layout the document
	 * @param inTable for each line, true when it belongs to a table
	 * @return the paragraphs in order
	 */
	static List<Paragraph> paragraphs(Layout layout, boolean[] inTable) {
		boolean hasParts = false;
		for (LayoutLine line : layout.lines()) {
			if (line.kind() == LineKind.TEXT && PART.matcher(CompactText.of(line.text())).find()) {
				hasParts = true;
				break;
			}
		}
		List<Paragraph> paragraphs = new ArrayList<>();
		boolean explaining = !hasParts;
		String section = "";
		String subsection = null;
		StringBuilder current = null;
		int start = -1;
		int startPage = 0;
		boolean partTitlePending = false;
		boolean untitledPart = false;
		for (int i = 0; i < layout.size(); i++) {
			LayoutLine line = layout.line(i);
			if (line.kind() != LineKind.TEXT || inTable[i]) {
				current = flush(paragraphs, section, subsection, current, start, startPage);
				continue;
			}
			String text = line.text().strip();
			String compact = CompactText.of(text);
			Matcher part = PART.matcher(compact);
			if (part.find()) {
				current = flush(paragraphs, section, subsection, current, start, startPage);
				String title = part.group(1);
				explaining = explains(title);
				// a title on its own line, or wrapped onto it (…2024年度部门决算情况 / 说明)
				untitledPart = title.isEmpty();
				partTitlePending = untitledPart || !explaining;
				section = "";
				subsection = null;
				continue;
			}
			if (partTitlePending) {
				partTitlePending = false;
				if ((untitledPart || compact.length() <= MAX_TITLE_END) && !SECTION.matcher(compact).find()) {
					explaining |= explains(compact);
					continue;
				}
			}
			if (!explaining) {
				continue;
			}
			if (isHeading(compact, SECTION)) {
				current = flush(paragraphs, section, subsection, current, start, startPage);
				section = text;
				subsection = null;
				continue;
			}
			if (isHeading(compact, SUBSECTION)) {
				current = flush(paragraphs, section, subsection, current, start, startPage);
				subsection = text;
				continue;
			}
			boolean continues = current != null && !NUMBERED.matcher(compact).find()
					&& (!SENTENCE_END.matcher(current).find() || headerOnly(current));
			if (!continues) {
				current = flush(paragraphs, section, subsection, current, start, startPage);
				current = new StringBuilder();
				start = line.index();
				startPage = line.page();
			}
			current.append(text);
		}
		flush(paragraphs, section, subsection, current, start, startPage);
		return paragraphs;
	}

	/**
	 * True for a numbered item that names its subject but states no figure yet
	 * ({@code 7. 卫生健康支出（类）医疗救助（款）其他医疗救助支出（项）。}): its figures follow on the next line.
	 */
	private static boolean headerOnly(StringBuilder paragraph) {
		String compact = CompactText.of(paragraph.toString());
		return NUMBERED.matcher(compact).find() && !FIGURE.matcher(compact).find();
	}

	private static boolean explains(String title) {
		return title.contains("说明");
	}

	private static boolean isHeading(String compact, Pattern numbering) {
		return numbering.matcher(compact).find() && compact.length() <= MAX_HEADING && !compact.contains("。")
				&& !compact.contains("万元");
	}

	private static StringBuilder flush(List<Paragraph> paragraphs, String section, String subsection,
			StringBuilder current, int start, int page) {
		if (current != null && current.length() > 0) {
			paragraphs.add(new Paragraph(section, subsection, current.toString(), start, page));
		}
		return null;
	}

}

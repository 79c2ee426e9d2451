package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disclosure.parse.text.DocumentText;

/**
 * Finds the tables of a document by their title lines: canonical titles (a title may wrap
 * onto a second line) and titles of other tables (a province's extra tables, such as
 * 财政拨款支出预算表(功能科目)). A title counts as a table only when header lines follow it within a
 * few lines ({@code 公开01表}, {@code 单位：万元}, {@code 部门：…}, {@code 栏次}, {@code 项目名称}); a
 * title followed by another title or a section heading is a table-of-contents entry. A
 * spreadsheet row may hold the title beside its heading cells ({@code 2024年收入支出决算总表 | |
 * 单位：万元}). This is the light version of table recognition: it says which tables are
 * there, not what they hold.
 */
public class TableTitleScanner {

	/** Non-blank lines looked at after a title before giving up. */
	private static final int LOOKAHEAD_LINES = 8;

	/** Characters of the following lines searched for a header marker. */
	private static final int LOOKAHEAD_CHARS = 100;

	/** Longest second line of a wrapped title ({@code 支出预算表}). */
	private static final int MAX_WRAPPED_END = 20;

	private static final Pattern SECTION_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");

	private static final Pattern HEADER_MARKER = Pattern.compile("公开[0-9]+表|YS[0-9]+|(金额)?单位[:(]|部门:|"
			+ "(部门|单位)(\\(单位\\)|\\(部门\\))?名称|单位\\(部门\\)|项目名称|栏次|科目(编码|代码|名称)|主管部门|" + "年初预算数|功能分类|经济分类");

	/** What the title of a table other than the canonical ones speaks of. */
	private static final Pattern TABLE_WORDS = Pattern.compile("预算|决算|收支|收入|支出|经费|采购|绩效|资产|明细");

	private static final Pattern SENTENCE = Pattern.compile("[,。;，；!?]");

	/**
	 * A cover's 公开报表 (the whole set of tables) or a reference to a table (详见…表): no table
	 * title.
	 */
	private static final Pattern NO_TABLE = Pattern.compile("报表$|^(?:详见|参见|见)");

	/**
	 * Scans the lines of {@code text} for table titles.
	 * @param text the document
	 * @return the titles found, tables and listings
	 */
	public TableScan scan(DocumentText text) {
		List<TableTitle> titles = new ArrayList<>();
		for (int i = 0; i < text.size(); i++) {
			Optional<TableCode> code = TitleForm.code(text.line(i));
			int last = i;
			if (code.isEmpty() && wrapsOnto(text, i)) {
				Optional<TableCode> joined = TitleForm.code(text.line(i) + text.line(i + 1));
				// The end of a wrapped title may be a title of its own:
				// 一般公共预算“三公”经费、会议费、培训费 |
				// 支出预算表 is one title, not 支出预算表.
				if (joined.isPresent() && !joined.equals(TitleForm.code(text.line(i + 1)))) {
					code = joined;
					last = i + 1;
				}
			}
			if (code.isEmpty() && !isOtherTitle(text, i)) {
				continue;
			}
			String line = TitleForm
				.withoutPageReference((last == i) ? TitleForm.titleCell(text.line(i)) : text.line(i) + text.line(last));
			boolean table = TitleForm.titleWithHeading(text.line(i)) || headerFollows(text, last);
			titles.add(new TableTitle(code.orElse(null), RowNames.label(line), i, last, table,
					code.isPresent() ? TitleForm.whose(line) : ""));
			i = last;
		}
		return new TableScan(List.copyOf(titles)).inTheirKind();
	}

	/** True when line {@code i} may begin a title that ends on the next line. */
	private static boolean wrapsOnto(DocumentText text, int i) {
		if (i + 1 >= text.size()) {
			return false;
		}
		String first = text.compact(i);
		String next = text.compact(i + 1);
		return !first.isEmpty() && !first.endsWith("表") && !SENTENCE.matcher(first).find() && next.endsWith("表")
				&& next.length() <= MAX_WRAPPED_END;
	}

	/** True for the title of a table that is none of the canonical ones. */
	private static boolean isOtherTitle(DocumentText text, int i) {
		String title = TitleForm.title(text.line(i));
		return title != null && TABLE_WORDS.matcher(title).find() && !SENTENCE.matcher(title).find()
				&& !SECTION_HEADING.matcher(text.compact(i)).find() && !NO_TABLE.matcher(title).find();
	}

	private boolean headerFollows(DocumentText text, int titleLine) {
		StringBuilder following = new StringBuilder();
		int seen = 0;
		for (int j = titleLine + 1; j < text.size() && seen < LOOKAHEAD_LINES; j++) {
			String compact = text.compact(j);
			if (compact.isEmpty()) {
				continue;
			}
			seen++;
			if (SECTION_HEADING.matcher(compact).find() || TitleForm.code(text.line(j)).isPresent()
					|| isOtherTitle(text, j)) {
				return false;
			}
			following.append(compact);
			CharSequence head = following.subSequence(0, Math.min(following.length(), LOOKAHEAD_CHARS));
			if (HEADER_MARKER.matcher(head).find()) {
				return true;
			}
		}
		return false;
	}

}

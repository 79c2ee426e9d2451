package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disclosure.parse.text.DocumentText;

/**
 * Finds the canonical tables of a document by their title lines. A title counts as a
 * table only when header lines follow it within a few lines ({@code 公开01表},
 * {@code 单位：万元}, {@code 部门：…}, {@code 栏次}, {@code 项目名称}); a title followed by another
 * title or a section heading is a table-of-contents entry. This is the light version of
 * table recognition: it says which tables are there, not what they hold.
 */
public class TableTitleScanner {

	/** Non-blank lines looked at after a title before giving up. */
	private static final int LOOKAHEAD_LINES = 8;

	/** Characters of the following lines searched for a header marker. */
	private static final int LOOKAHEAD_CHARS = 100;

	private static final Pattern SECTION_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");

	private static final Pattern HEADER_MARKER = Pattern.compile("公开[0-9]+表|YS[0-9]+|(金额)?单位[:(]|部门:|"
			+ "(部门|单位)(\\(单位\\)|\\(部门\\))?名称|单位\\(部门\\)|项目名称|栏次|科目(编码|代码|名称)|主管部门|" + "年初预算数|功能分类|经济分类");

	/**
	 * Scans the lines of {@code text} for table titles.
	 * @param text the document
	 * @return the titles found, tables and listings
	 */
	public TableScan scan(DocumentText text) {
		List<TableTitle> titles = new ArrayList<>();
		for (int i = 0; i < text.size(); i++) {
			Optional<TableCode> code = TitleForm.code(text.line(i));
			if (code.isPresent()) {
				titles.add(new TableTitle(code.get(), i, headerFollows(text, i)));
			}
		}
		return new TableScan(List.copyOf(titles));
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
			if (SECTION_HEADING.matcher(compact).find() || TitleForm.code(text.line(j)).isPresent()) {
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

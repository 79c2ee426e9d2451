package org.disclosure.parse.tables;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.parse.text.CompactText;
import org.disclosure.parse.text.Decorations;

/**
 * Reads a line as a table title. The line is compacted (no whitespace, half-width
 * brackets), quotes removed, and list numbering ({@code 一、}, {@code (三)}, {@code 01},
 * {@code 附表1}), printed table numbers ({@code 公开01表：}, {@code YS01}) and trailing
 * qualifiers ({@code (2024年度)}, {@code (续)}) are taken off. A canonical title must end
 * the rest, and what stands before it may only say whose and which year the table is: a
 * year, a department's name, {@code 部门}/{@code 单位}, {@code 区级} (2018年江苏省高级人民法院 政府采购预算表,
 * 2023年部门财务收支预算总表). Words that change what a table holds (财政拨款, 政府性基金 …) never stand
 * there, so 政府性基金预算财政拨款支出决算表 is not 支出决算表.
 */
final class TitleForm {

	/** Longest line that can be a title: a long department name and a long title. */
	private static final int MAX_LENGTH = 80;

	private static final Pattern QUOTES = Pattern.compile("[\"'“”‘’「」『』〝〞《》]");

	/**
	 * A table of contents' page reference after a title, as printed: dot leaders and a
	 * page number (…表……5, …表 (1)), Word's field code (…表 PAGEREF _Toc20349 \h 22), a full
	 * stop. A number in brackets is a page only with both brackets, and none follows 续表,
	 * 附表 or a printed 表 number: 收入支出决算总表（续表1） and 部门收支总表 表1 keep theirs.
	 */
	private static final Pattern PAGE_REFERENCE = Pattern
		.compile("(?<=[表錶])(?<![续附表錶]\\s{0,3}[表錶])\\s*(?:" + "PAGEREF\\s*_?Toc[0-9]+\\s*(?:\\\\?h)?\\s*[0-9]*"
				+ "|[.．…·。\\-\\s]*(?:[(（][0-9０-９]{1,3}[)）]|[0-9０-９]{1,3})|(?:[.．…·]\\s*){2,}|。)\\s*$");

	/** A table of contents' page number in a cell of its own after the title's cell. */
	private static final Pattern PAGE_CELL = Pattern.compile("(?:\t[\\s.…·]*)+[0-9]{1,3}\\s*$");

	private static final Pattern SUFFIX = Pattern
		.compile("(?:\\(?(?:[0-9]{4}年度?|公开[0-9]+表|YS[0-9]+|续(?:表)?[0-9一二三四五六七八九十]*|表[0-9一二三四五六七八九十]{1,3})\\)"
				+ "|[0-9]{4}年度?|公开[0-9]+表|YS[0-9]+|续表?|(?<=表)表[0-9]{1,2})$");

	/**
	 * A trailing qualifier of how the rows are classified or which funds the table holds,
	 * dropped as a second try: (按功能分类科目), (功能科目), (按经济分类款级科目), (按政府预算经济分类), (财政拨款). A
	 * qualifier naming units ((分单位), (按单位列示)) is none: such a table splits the figures by
	 * unit and is no canonical table.
	 */
	private static final Pattern QUALIFIER = Pattern
		.compile("\\(按?[\\p{IsHan}]{0,8}?(?:功能|经济|科目)[\\p{IsHan}]{0,8}\\)$|\\((?:财政拨款|分类)\\)$");

	/**
	 * The fund names that hold 预算 without saying the table is a budget's: 一般公共预算财政拨款支出决算表
	 * is a final account's.
	 */
	private static final Pattern FUND_NAMES = Pattern.compile("一般公共预算|政府性基金预算|国有资本经营预算");

	private static final Pattern NUMBERING = Pattern.compile(
			"^[-•·*]?(?:(?:附表|附件|表)[0-9]{1,2}(?=(?:19|20)[0-9]{2}年)|(?:附表|附件|表)?(?:[0-9]{1,2}(?:-[0-9]{1,2})?(?![0-9年])[.、:—-]?|\\(?[一二三四五六七八九十]+[)、.]|[一二三四五六七八九十]+[:]|(?<=表)[一二三四五六七八九十]+[.、:—-]?))");

	private static final Pattern PRINTED_NUMBER = Pattern.compile("^(?:公开[0-9]+表|YS[0-9]+|表[0-9]+)[:]?");

	/** What may stand before a canonical title: whose and which year it is. */
	private static final Pattern DECORATION = Pattern.compile("^" + Decorations.WHOSE + "$");

	/**
	 * A cell of a table's heading, compact: 公开01表, 单位：万元, 部门：…, 2024年度, a date.
	 */
	private static final Pattern HEADING = Pattern
		.compile("^(?:\\(?(?:公开[0-9]+表|YS[0-9]+|表[0-9]+)\\)?|(?:金额)?单位[:](?:万元|元|千元|亿元)"
				+ "|[\\p{IsHan}]{0,6}(?:部门|单位)(?:\\((?:单位|部门)\\))?(?:名称)?[:].*|[0-9]{4}年度?|[0-9]{4}年[0-9]{1,2}月(?:[0-9]{1,2}日)?"
				+ "|[0-9]{4}年度?[^\\p{IsHan}]*)$");

	private TitleForm() {
	}

	/**
	 * The canonical table whose title {@code line} is.
	 * @param line a line of text, as extracted
	 * @return the table, empty when the line is no canonical title
	 */
	static Optional<TableCode> code(String line) {
		String title = title(line);
		if (title == null) {
			return Optional.empty();
		}
		for (String candidate : candidates(title)) {
			Optional<TableCode> code = ending(candidate);
			if (code.isPresent()) {
				return code;
			}
		}
		return Optional.empty();
	}

	/**
	 * Whether a canonical title says which kind of disclosure its table is of: 预算 or 决算
	 * outside the names of funds. 一般公共预算“三公”经费情况表 and 收支总表 do not, and are the tables of
	 * either kind.
	 * @param line a line holding a canonical title
	 */
	static boolean namesKind(String line) {
		String title = title(line);
		if (title == null) {
			return false;
		}
		String words = withoutFundNames(title);
		return words.contains("预算") || words.contains("决算");
	}

	/**
	 * {@code title} without the fund names that hold 预算 (一般公共预算, 政府性基金预算, 国有资本经营预算): what
	 * is left says whether the table is a budget's.
	 */
	static String withoutFundNames(String title) {
		return FUND_NAMES.matcher(title).replaceAll("");
	}

	/**
	 * The line as a table title, compact, quotes, numbering, printed number and trailing
	 * year removed; null when it cannot be one (too long, no 表 at its end).
	 */
	static String title(String line) {
		if (!mayHoldTable(line)) {
			return null;
		}
		String compact = CompactText.of(withoutPageReference(titleCell(line)));
		if (compact.length() > MAX_LENGTH || compact.indexOf('表') < 0) {
			return null;
		}
		String title = QUOTES.matcher(compact).replaceAll("");
		title = SUFFIX.matcher(SUFFIX.matcher(title).replaceFirst("")).replaceFirst("");
		title = strip(PRINTED_NUMBER, strip(NUMBERING, title));
		title = strip(PRINTED_NUMBER, title);
		return (title.endsWith("表") || QUALIFIER.matcher(title).find()) ? title : null;
	}

	/**
	 * False for a line without 表 (or 錶, its traditional form, which {@link CompactText}
	 * folds to 表): most lines of a document, which no title can be read from. Answered
	 * before the line is split into cells and compacted.
	 */
	private static boolean mayHoldTable(String line) {
		return line.indexOf('表') >= 0 || line.indexOf('錶') >= 0;
	}

	/**
	 * {@code title} as printed without a table of contents' page reference after it
	 * ({@code 一、收入决算表……3} is {@code 一、收入决算表}).
	 */
	static String withoutPageReference(String title) {
		return PAGE_REFERENCE.matcher(title).replaceFirst("");
	}

	/**
	 * The title cell of a spreadsheet row that prints a title beside its heading
	 * ({@code 2024年收入支出决算总表 | | 单位：万元}) or of a table of contents' row that prints the
	 * page in a cell of its own ({@code 二、收入决算表 | 4}); any other line as it is.
	 * @param line a line of text, cells separated by TAB
	 * @return the first filled cell when every other filled cell is {@link #isHeading
	 * heading}, else {@code line}
	 */
	static String titleCell(String line) {
		if (line.indexOf('\t') < 0) {
			return line;
		}
		String row = PAGE_CELL.matcher(line).replaceFirst("");
		String title = null;
		for (String cell : row.split("\t")) {
			String compact = CompactText.of(cell);
			if (compact.isEmpty()) {
				continue;
			}
			if (title == null) {
				title = cell;
			}
			else if (!isHeading(compact)) {
				return line;
			}
		}
		return (title != null) ? title : line;
	}

	/**
	 * True for a row of a title with heading cells beside it: a table follows it as
	 * surely as when the heading stands on the next lines.
	 */
	static boolean titleWithHeading(String line) {
		String row = PAGE_CELL.matcher(line).replaceFirst("");
		String cell = titleCell(row);
		return !cell.equals(row) && !CompactText.of(cell).equals(CompactText.of(row));
	}

	/** True for a compact cell of a table's heading: 公开01表, 单位：万元, 部门：…, 2024年度. */
	static boolean isHeading(String compact) {
		return HEADING.matcher(compact).matches();
	}

	/**
	 * Whose and which year a canonical title says it is, as printed before the title
	 * ({@code 洛阳市洛龙区医疗保障局2024年度} of {@code 洛阳市洛龙区医疗保障局2024年度收入支出决算总表}); empty when
	 * nothing stands before it.
	 * @param line a line holding a canonical title
	 * @return the decoration without whitespace, characters as printed
	 */
	static String whose(String line) {
		String title = title(line);
		if (title == null) {
			return "";
		}
		for (String candidate : candidates(title)) {
			int start = decoratedStart(candidate);
			if (start > 0) {
				String printed = CompactText.printed(titleCell(line));
				int at = CompactText.fold(printed).indexOf(candidate.substring(0, start));
				return (at >= 0) ? printed.substring(at, at + start) : "";
			}
			if (start == 0) {
				return "";
			}
		}
		return "";
	}

	private static Set<String> candidates(String title) {
		Set<String> candidates = new LinkedHashSet<>();
		candidates.add(title);
		candidates.add(QUALIFIER.matcher(title).replaceFirst(""));
		return candidates;
	}

	/** The canonical table whose title ends {@code title} after a decoration. */
	private static Optional<TableCode> ending(String title) {
		return decorated(title).map(Decorated::code);
	}

	/**
	 * Where the canonical title in {@code title} starts after its decoration; -1 for
	 * none.
	 */
	private static int decoratedStart(String title) {
		return decorated(title).map(Decorated::start).orElse(-1);
	}

	/** The canonical title that ends {@code title} earliest after a decoration. */
	private static Optional<Decorated> decorated(String title) {
		Decorated best = null;
		for (TableCode code : TableCode.values()) {
			int start = code.titleStart(title);
			if (start >= 0 && (best == null || start < best.start())
					&& DECORATION.matcher(title.substring(0, start)).matches()) {
				best = new Decorated(code, start);
			}
		}
		return Optional.ofNullable(best);
	}

	/** A canonical title found at {@code start} of a compact title. */
	private record Decorated(TableCode code, int start) {
	}

	private static String strip(Pattern prefix, String title) {
		return prefix.matcher(title).replaceFirst("");
	}

}

package org.disclosure.parse.tables;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.contracts.DocKind;

/**
 * The canonical tables of a disclosure (DOMAIN.md), each recognised by its title, never
 * by the number a document prints: printed numbers differ by province and year. Titles
 * are matched in {@link TitleForm} (no whitespace, no quotes, half-width brackets).
 */
public enum TableCode {

	FA01(DocKind.FINAL_ACCOUNT, "(?:收入支出|收支)决算(?:总|公开)?表"),

	FA02(DocKind.FINAL_ACCOUNT, "收入决算(?:总|公开)?表"),

	FA03(DocKind.FINAL_ACCOUNT, "支出决算(?:总|公开)?表"),

	FA04(DocKind.FINAL_ACCOUNT, "财政拨款(?:收入支出|收支)决算总?表"),

	FA05(DocKind.FINAL_ACCOUNT, "一般公共预算(?:财政拨款)?支出决算表"),

	FA06(DocKind.FINAL_ACCOUNT, "一般公共预算(?:财政拨款)?基本支出决算(?:明细)?表"),

	FA07(DocKind.FINAL_ACCOUNT, "政府性基金预算(?:财政拨款)?(?:收入支出|收支|支出)决算表"),

	FA08(DocKind.FINAL_ACCOUNT, "国有资本经营预算(?:财政拨款)?支出决算表"),

	FA09(DocKind.FINAL_ACCOUNT, "(?:一般公共预算)?(?:及政府性基金)?(?:财政拨款)?(?:安排的)?三公经费(?:(?:及|、)?会议费(?:、|和|及)?培训费)?(?:支出)?决算表"),

	FA10(DocKind.FINAL_ACCOUNT, "财政拨款支出决算明细表"),

	FA11(DocKind.FINAL_ACCOUNT, "一般公共预算财政拨款支出决算明细表"),

	FA12(DocKind.FINAL_ACCOUNT, "一般公共预算财政拨款项目支出决算(?:明细)?表"),

	FA13(DocKind.FINAL_ACCOUNT, "国有资本经营预算财政拨款(?:收入支出|收支)决算表"),

	BU01(DocKind.BUDGET, "(?:部门)?(?:预算)?(?:财务)?收支(?:预算)?(?:总体情况|总)表"),

	BU02(DocKind.BUDGET, "(?:部门)?收入(?:预算)?(?:总体情况|总)表|(?:部门)?收入预算表"),

	BU03(DocKind.BUDGET, "(?:部门)?支出(?:预算)?(?:总体情况|总)表|(?:部门)?支出预算表"),

	BU04(DocKind.BUDGET, "财政(?:预算)?拨款收支(?:预算)?(?:总体情况|总|情况)表"),

	BU05(DocKind.BUDGET, "一般公共预算(?:财政)?(?:拨款)?支出(?:功能分类)?(?:预算|情况)?表"),

	BU06(DocKind.BUDGET, "一般公共预算(?:财政)?(?:拨款)?基本支出(?:部门预算)?(?:经济分类)?(?:预算|情况)?表"),

	BU07(DocKind.BUDGET, "(?:部门)?支出经济分类汇总表"),

	BU08(DocKind.BUDGET,
			"(?:一般公共预算)?(?:财政(?:预算)?拨款)?(?:预算)?(?:安排的)?(?:行政经费及)?三公经费(?:财政拨款)?"
					+ "(?:和机关运行经费|(?:及|、)?会议费(?:、|和|及)?培训费)?(?:支出)?(?:预算|情况)?表"),

	BU09(DocKind.BUDGET, "(?:财政拨款)?政府性基金(?:预算)?(?:\\(?财政拨款\\)?|拨款)?支出(?:功能分类)?(?:预算|情况)?表"),

	BU10(DocKind.BUDGET, "(?:部门)?项目支出(?:预算)?(?:明细)?表"),

	BU11(DocKind.BUDGET, "国有资本经营(?:预算)?(?:财政)?(?:拨款)?支出(?:功能分类)?(?:预算|情况)?表"),

	BU12(DocKind.BUDGET, "(?:一般公共预算)?(?:财政拨款)?(?:行政\\(事业\\)单位)?(?:机构|机关)运行经费(?:支出)?(?:预算)?表"),

	BU13(DocKind.BUDGET, "(?:部门|单位)?(?:\\(单位\\))?整体(?:支出)?绩效目标表"),

	BU14(DocKind.BUDGET, "(?:部门预算|单位预算|部门)?项目(?:支出)?绩效目标(?:汇总)?表"),

	BU15(DocKind.BUDGET, "(?:部门)?政府采购(?:支出)?预算(?:支出)?(?:明细)?表"),

	PERF_DEPT(null, "部门(?:\\(单位\\))?整体(?:支出)?(?:绩效)?自评(?:情况)?表"),

	PERF_PROJECT(null, "(?:部门预算)?项目(?:支出)?绩效自评(?:情况)?表|[\\p{IsHan}]*转移支付[\\p{IsHan}]*绩效自评(?:情况)?表");

	private final DocKind kind;

	private final Pattern title;

	/**
	 * The character every title of this table ends with, where its pattern says so (each
	 * alternative ends with the same ideograph): a line that does not end with it holds
	 * no such title, and most lines of a document are no title. -1 where the pattern does
	 * not tell.
	 */
	private final int lastCharacter;

	TableCode(DocKind kind, String title) {
		this.kind = kind;
		this.title = Pattern.compile(title);
		this.lastCharacter = lastCharacter(title);
	}

	/**
	 * The ideograph each top-level alternative of {@code regex} ends with, when they all
	 * end with the same one; -1 otherwise.
	 */
	static int lastCharacter(String regex) {
		int last = -1;
		int depth = 0;
		boolean inClass = false;
		int alternativeEnd = regex.length();
		for (int i = regex.length() - 1; i >= -1; i--) {
			char c = (i >= 0) ? regex.charAt(i) : '|';
			boolean escaped = i > 0 && regex.charAt(i - 1) == '\\';
			if (i >= 0 && escaped) {
				continue;
			}
			if (c == ']') {
				inClass = true;
			}
			else if (c == '[') {
				inClass = false;
			}
			else if (!inClass && c == ')') {
				depth++;
			}
			else if (!inClass && c == '(') {
				depth--;
			}
			else if (!inClass && depth == 0 && c == '|') {
				int end = alternativeEnd - 1;
				if (end <= i || (end > 0 && regex.charAt(end - 1) == '\\')
						|| Character.UnicodeScript.of(regex.charAt(end)) != Character.UnicodeScript.HAN
						|| (last != -1 && last != regex.charAt(end))) {
					return -1;
				}
				last = regex.charAt(end);
				alternativeEnd = i;
			}
		}
		return last;
	}

	/** The pattern of this table's title, in {@link TitleForm}. */
	Pattern title() {
		return this.title;
	}

	/**
	 * The kind of disclosure this table belongs to; empty for performance tables, which
	 * both kinds carry.
	 */
	public Optional<DocKind> kind() {
		return Optional.ofNullable(this.kind);
	}

	/**
	 * The final account's table a budget's title names when it does not say it is a
	 * budget's (一般公共预算“三公”经费情况表 in a final account is its 三公 table): this table itself
	 * when it has no such counterpart or is a final account's already.
	 */
	TableCode inFinalAccount() {
		return switch (this) {
			case BU01 -> FA01;
			case BU02 -> FA02;
			case BU03 -> FA03;
			case BU04 -> FA04;
			case BU05 -> FA05;
			case BU06 -> FA06;
			case BU08 -> FA09;
			case BU09 -> FA07;
			case BU11 -> FA08;
			default -> this;
		};
	}

	/**
	 * The table whose title is exactly {@code title}.
	 * @param title a title in {@link TitleForm}, numbering and year already removed
	 * @return the table code, empty when no canonical table has this title
	 */
	public static Optional<TableCode> ofTitle(String title) {
		for (TableCode code : values()) {
			if (code.title.matcher(title).matches()) {
				return Optional.of(code);
			}
		}
		return Optional.empty();
	}

	/**
	 * Where this table's title ends {@code title}: the start of the longest ending of
	 * {@code title} that is this table's title; -1 when none is.
	 */
	int titleStart(String title) {
		if (this.lastCharacter != -1 && (title.isEmpty() || title.charAt(title.length() - 1) != this.lastCharacter)) {
			return -1;
		}
		Matcher ending = this.title.matcher(title);
		for (int start = 0; start < title.length(); start++) {
			if (ending.region(start, title.length()).matches()) {
				return start;
			}
		}
		return -1;
	}

}

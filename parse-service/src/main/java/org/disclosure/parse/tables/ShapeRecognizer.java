package org.disclosure.parse.tables;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.text.CompactText;

/**
 * Gives a table whose title names none of the canonical tables its code by what it is:
 * the 三公 items in its header; a two-sided 收入 | 支出 layout (of all funds where it lists
 * 事业收入 or 经营收入, of the 财政拨款 otherwise); economic classes (301, 30101 …) without
 * functional ones; functional subjects (类/款/项 codes) with a fund's columns (年初结转, 本年收入),
 * income columns (事业收入, 财政拨款收入) or 基本支出 and 项目支出. Whether it is of a budget or a final
 * account its title says (预算, 决算, the fund names 一般公共预算… aside), else the tables around
 * it. A 收入支出 table of 一般公共预算 (Yunnan) is the final account's FA05 where the set has none.
 * A code the document already has is not given twice; a region that fits nothing stays
 * another table.
 */
final class ShapeRecognizer {

	/** A functional subject's code before its name: 201, 20101, 2010101 行政运行. */
	private static final Pattern FUNCTIONAL = Pattern.compile("^2[0-9]{2}(?:[0-9]{2}){0,2}(?=[\\p{IsHan}])");

	/** An economic class's code before its name: 301 工资福利支出, 30101 基本工资. */
	private static final Pattern ECONOMIC = Pattern.compile("^3[0-9]{2}(?:[0-9]{2})?(?=[\\p{IsHan}])");

	private static final Pattern INCOME_TOTAL = Pattern.compile("本年收入合计|收入总计|收入合计");

	private static final Pattern EXPENDITURE_TOTAL = Pattern.compile("本年支出合计|支出总计|支出合计");

	/** Income of all funds, which a 财政拨款 table does not list. */
	private static final Pattern OTHER_INCOME = Pattern.compile("事业收入|经营收入|上级补助收入|附属单位上缴收入");

	private static final Pattern INCOME_COLUMNS = Pattern.compile("事业收入|经营收入|财政拨款收入|其他收入");

	/**
	 * Subjects of a functional table read at least this often before its shape counts.
	 */
	private static final int SUBJECT_ROWS = 2;

	private ShapeRecognizer() {
	}

	/**
	 * The code of the table in {@code region}, if its shape tells one the document does
	 * not have yet.
	 * @param budget whether the document's other tables are a budget's, when the title
	 * does not say
	 */
	static Optional<TableCode> code(TableRegion region, Set<TableCode> taken, boolean budget) {
		String title = CompactText.of(region.title());
		String kindWords = TitleForm.withoutFundNames(title);
		boolean isBudget = kindWords.contains("预算") && !kindWords.contains("决算")
				|| (!kindWords.contains("决算") && budget);
		StringBuilder header = new StringBuilder();
		StringBuilder all = new StringBuilder();
		int functional = 0;
		int economic = 0;
		boolean inBody = false;
		for (LayoutLine line : region.rows()) {
			String compact = CompactText.of(line.text());
			all.append(compact).append('\n');
			inBody |= line.cells().stream().anyMatch(Amounts::isNumber);
			if (!inBody) {
				header.append(compact).append('\n');
			}
			functional += FUNCTIONAL.matcher(compact).find() ? 1 : 0;
			economic += ECONOMIC.matcher(compact).find() ? 1 : 0;
		}
		String head = header.toString();
		String text = all.toString();
		List<TableCode> candidates = candidates(head, text, title, functional, economic, isBudget);
		return candidates.stream().filter((code) -> !taken.contains(code)).findFirst();
	}

	private static List<TableCode> candidates(String head, String text, String title, int functional, int economic,
			boolean budget) {
		if (head.contains("因公出国") && head.contains("公务接待")) {
			return List.of(budget ? TableCode.BU08 : TableCode.FA09);
		}
		if (INCOME_TOTAL.matcher(text).find() && EXPENDITURE_TOTAL.matcher(text).find() && head.contains("收")
				&& head.contains("支")) {
			boolean allFunds = OTHER_INCOME.matcher(text).find();
			if (budget) {
				return List.of(allFunds ? TableCode.BU01 : TableCode.BU04);
			}
			return List.of(allFunds ? TableCode.FA01 : TableCode.FA04);
		}
		if (economic >= SUBJECT_ROWS && functional == 0) {
			return List.of(budget ? TableCode.BU06 : TableCode.FA06);
		}
		if (functional < SUBJECT_ROWS) {
			return List.of();
		}
		boolean stateCapital = title.contains("国有资本");
		if (head.contains("年初结转") && head.contains("本年收入")) {
			// A fund's 收入支出 table; 一般公共预算财政拨款收入支出决算表 has this shape too and
			// is neither fund's.
			if (title.contains("一般公共预算")) {
				return budget ? List.of() : List.of(TableCode.FA05);
			}
			return List.of(stateCapital ? TableCode.FA08 : TableCode.FA07);
		}
		if (INCOME_COLUMNS.matcher(head).find()) {
			return List.of(budget ? TableCode.BU02 : TableCode.FA02);
		}
		if (head.contains("基本支出") && head.contains("项目支出")) {
			boolean fiscal = title.contains("一般公共预算") || title.contains("财政拨款");
			if (budget) {
				return fiscal ? List.of(TableCode.BU05) : List.of(TableCode.BU03, TableCode.BU05);
			}
			return fiscal ? List.of(TableCode.FA05) : List.of(TableCode.FA03, TableCode.FA05);
		}
		if (budget && (title.contains("政府性基金") || stateCapital)) {
			return List.of(stateCapital ? TableCode.BU11 : TableCode.BU09);
		}
		return List.of();
	}

}

package org.disclosure.parse.totals;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disclosure.parse.figures.Measure;
import org.disclosure.parse.figures.NarrativeFigure;
import org.disclosure.parse.figures.Topic;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCell;
import org.disclosure.parse.tables.TableCode;
import org.disclosure.parse.tables.RowKind;
import org.disclosure.parse.tables.RowNames;
import org.disclosure.parse.tables.TableRow;

/**
 * Reads the totals of a disclosure from their defined places (DOMAIN.md):
 * <ul>
 * <li>final account: FA01 本年收入合计, 本年支出合计, 总计, 年初/年末结转和结余; FA03 合计 row 基本支出/项目支出; FA04
 * 本年收入合计; FA06 人员经费合计/公用经费合计; FA09 合计 预算数/决算数;</li>
 * <li>budget: BU01 本年收入合计, 本年支出合计, 收入总计, 上年结转结余, 年终结转结余; BU03 合计 row 基本支出/项目支出, 人员经费 =
 * 工资福利支出 + 对个人和家庭的补助, 公用经费 = 商品和服务支出 + 资本性支出; BU04 本年收入; BU08 合计.</li>
 * </ul>
 * A total whose table is absent comes from the narrative (收、支总计, 收入合计, 支出合计, 基本支出, 项目支出,
 * 人员经费, 公用经费, 三公), recorded as such. When two places disagree the total still comes from
 * its defined place. Amounts are in 万元 (tables convert theirs). Thread-safe.
 */
public class TotalsReader {

	private static final String INCOME = "收入";

	private static final String EXPENDITURE = "支出";

	/** The expenditure by use (基本支出, 项目支出) beside the functions, where printed. */
	private static final String EXPENDITURE_BY_USE = "支出用途";

	/** The total of the year's income or expenditure, before carry-overs. */
	private static final Pattern YEAR_TOTAL = Pattern.compile("^(?:本年|当年)(?:收入|支出)(?:合计|小计)?$");

	/** Words a narrative adds to a total's name: 预算, 决算, 数, the 、 of 收、支. */
	private static final Pattern STATED_AS = Pattern.compile("预算|决算|数|、|,");

	/** A carry-over row: balances brought forward or carried to the next year. */
	private static final Pattern CARRYOVER = Pattern.compile("结转|结余");

	/**
	 * Reads the totals.
	 * @param tables the tables read from the document
	 * @param figures the narrative figures read from it
	 * @param budget true for a budget (预算), false for a final account; null when unknown
	 * (decided by the tables present)
	 * @return the totals found
	 */
	public DisclosureTotals read(List<Table> tables, List<NarrativeFigure> figures, Boolean budget) {
		boolean isBudget = (budget != null) ? budget : has(tables, TableCode.BU01) || has(tables, TableCode.BU03);
		Map<TotalName, Total> totals = new EnumMap<>(TotalName.class);
		if (isBudget) {
			budgetTotals(tables, totals);
		}
		else {
			finalAccountTotals(tables, totals);
		}
		narrativeTotals(figures, isBudget, totals);
		return new DisclosureTotals(new ArrayList<>(totals.values()));
	}

	private static void finalAccountTotals(List<Table> tables, Map<TotalName, Total> totals) {
		find(tables, TableCode.FA01).ifPresent((table) -> {
			sideTotals(table, totals);
			cell(table, INCOME, "金额", TotalName.CARRYOVER_BEGIN, totals, "年初结转和结余", "年初结转结余");
			cell(table, EXPENDITURE, "金额", TotalName.CARRYOVER_END, totals, "年末结转和结余", "年末结转结余");
		});
		find(tables, TableCode.FA03).flatMap(Table::total).ifPresent((row) -> {
			Table table = find(tables, TableCode.FA03).get();
			put(totals, TotalName.BASIC_EXPENDITURE, table, row, "基本支出");
			put(totals, TotalName.PROJECT_EXPENDITURE, table, row, "项目支出");
		});
		find(tables, TableCode.FA04).ifPresent((table) -> thisYear(table, INCOME, "金额")
			.ifPresent((row) -> put(totals, TotalName.FISCAL_APPROPRIATION_REVENUE, table, row, "金额")));
		find(tables, TableCode.FA06).ifPresent((table) -> {
			for (TableRow row : table.rows()) {
				if (row.named("人员经费合计")) {
					put(totals, TotalName.PERSONNEL, table, row, firstColumn(row));
				}
				else if (row.named("公用经费合计")) {
					put(totals, TotalName.PUBLIC_FUNDS, table, row, firstColumn(row));
				}
			}
		});
		find(tables, TableCode.FA09).flatMap(Table::total).ifPresent((row) -> {
			Table table = find(tables, TableCode.FA09).get();
			put(totals, TotalName.THREE_PUBLIC_BUDGET, table, row, "预算数");
			put(totals, TotalName.THREE_PUBLIC_ACTUAL, table, row, "决算数");
		});
	}

	private static void budgetTotals(List<Table> tables, Map<TotalName, Total> totals) {
		find(tables, TableCode.BU01).ifPresent((table) -> {
			sideTotals(table, totals);
			cell(table, INCOME, "金额", TotalName.CARRYOVER_BEGIN, totals, "上年结转结余", "上年结转", "年初结转和结余");
			cell(table, EXPENDITURE, "金额", TotalName.CARRYOVER_END, totals, "年终结转结余", "年末结转结余", "年末结转和结余");
		});
		find(tables, TableCode.BU03).flatMap(Table::total).ifPresent((row) -> {
			Table table = find(tables, TableCode.BU03).get();
			put(totals, TotalName.BASIC_EXPENDITURE, table, row, "基本支出");
			put(totals, TotalName.PROJECT_EXPENDITURE, table, row, "项目支出");
			sum(totals, TotalName.PERSONNEL, table, row, "工资福利支出", "对个人和家庭的补助");
			sum(totals, TotalName.PUBLIC_FUNDS, table, row, "商品和服务支出", "资本性支出");
			put(totals, TotalName.RESERVE_EXPENDITURE, table, row, "单位预留机动经费");
		});
		find(tables, TableCode.BU01).ifPresent((table) -> {
			// the expenditure by use some provinces print beside the functions
			putIfAbsent(totals, TotalName.BASIC_EXPENDITURE, table, EXPENDITURE_BY_USE, "基本支出");
			putIfAbsent(totals, TotalName.PROJECT_EXPENDITURE, table, EXPENDITURE_BY_USE, "项目支出");
			putIfAbsent(totals, TotalName.RESERVE_EXPENDITURE, table, EXPENDITURE_BY_USE, "单位预留机动经费");
		});
		find(tables, TableCode.BU04).ifPresent((table) -> thisYear(table, INCOME, "金额")
			.ifPresent((row) -> put(totals, TotalName.FISCAL_APPROPRIATION_REVENUE, table, row, "金额")));
		find(tables, TableCode.BU08).flatMap(Table::total).ifPresent((row) -> {
			Table table = find(tables, TableCode.BU08).get();
			put(totals, TotalName.THREE_PUBLIC_BUDGET, table, row, "预算数");
		});
	}

	/**
	 * Totals still missing, from the narrative's first statement of each, by what its
	 * subject says once numbering and 预算/决算 are left out: 收、支预算总计, （一）收入预算总计, 本年收入预算合计,
	 * 1.财政拨款收入预算总计, 单位预留机动经费预算数.
	 */
	private static void narrativeTotals(List<NarrativeFigure> figures, boolean budget, Map<TotalName, Total> totals) {
		Measure stated = budget ? Measure.BUDGET : Measure.ACTUAL;
		narrative(figures, totals, TotalName.GRAND_TOTAL, stated, "^(?:收入?支出?|收支)总计$", "^收入总计$");
		narrative(figures, totals, TotalName.REVENUE, stated, "^(?:本年|当年)?收入(?:合计|小计)$", "^收入总计$");
		narrative(figures, totals, TotalName.EXPENDITURE, stated, "^(?:本年|当年)?支出(?:合计|小计)$", "^支出总计$");
		narrative(figures, totals, TotalName.BASIC_EXPENDITURE, stated, "^基本(?:支出)?$");
		narrative(figures, totals, TotalName.PROJECT_EXPENDITURE, stated, "^项目(?:支出)?$");
		narrative(figures, totals, TotalName.RESERVE_EXPENDITURE, stated, "^(?:单位)?预留机动经费$");
		narrative(figures, totals, TotalName.FISCAL_APPROPRIATION_REVENUE, stated, "^财政拨款收入(?:总计|合计)?$");
		narrative(figures, totals, TotalName.PERSONNEL, stated, "^人员经费$");
		narrative(figures, totals, TotalName.PUBLIC_FUNDS, stated, "^公用经费$");
		narrativeOnly(figures, totals, TotalName.THREE_PUBLIC_BUDGET, Measure.BUDGET, "^三公经费$");
		if (!budget) {
			narrativeOnly(figures, totals, TotalName.THREE_PUBLIC_ACTUAL, Measure.ACTUAL, "^三公经费$");
		}
	}

	/** A total from a figure stated as an amount or as the document's own measure. */
	private static void narrative(List<NarrativeFigure> figures, Map<TotalName, Total> totals, TotalName name,
			Measure stated, String... subjects) {
		narrativeOf(figures, totals, name, List.of(Measure.AMOUNT, stated), subjects);
	}

	/** A total from a figure stated as {@code measure} only. */
	private static void narrativeOnly(List<NarrativeFigure> figures, Map<TotalName, Total> totals, TotalName name,
			Measure measure, String... subjects) {
		narrativeOf(figures, totals, name, List.of(measure), subjects);
	}

	private static void narrativeOf(List<NarrativeFigure> figures, Map<TotalName, Total> totals, TotalName name,
			List<Measure> measures, String... subjects) {
		if (totals.containsKey(name)) {
			return;
		}
		for (String subject : subjects) {
			Pattern pattern = Pattern.compile(subject);
			for (NarrativeFigure figure : figures) {
				if (measures.contains(figure.measure()) && "万元".equals(figure.unit())
						&& figure.topic() != Topic.FUNCTIONAL_SUBJECT
						&& pattern.matcher(subjectWords(figure.subject())).matches()) {
					totals.put(name, new Total(name, figure.value(), new TotalSource(TotalSource.Origin.NARRATIVE, null,
							List.of(), List.of(), -1, figure.section(), figure.sentence())));
					return;
				}
			}
		}
	}

	/** A figure's subject without numbering, 预算/决算/数 and the 、 of 收、支. */
	private static String subjectWords(String subject) {
		return STATED_AS.matcher(RowNames.name(subject)).replaceAll("");
	}

	/**
	 * The year's and the grand totals of a two-sided table: 本年收入合计 / 本年支出合计 (当年收入小计 …)
	 * above the carry-over rows, 总计 (收入总计, or a 收入合计 below 上年结转) at the end; a side
	 * without carry-over rows has one total, both.
	 */
	private static void sideTotals(Table table, Map<TotalName, Total> totals) {
		thisYear(table, INCOME, "金额")
			.ifPresent((row) -> put(totals, TotalName.REVENUE, table, row, printed(row, "金额")));
		thisYear(table, EXPENDITURE, "金额")
			.ifPresent((row) -> put(totals, TotalName.EXPENDITURE, table, row, printed(row, "金额")));
		grand(table, INCOME).ifPresent((row) -> put(totals, TotalName.GRAND_TOTAL, table, row, printed(row, "金额")));
	}

	/**
	 * The column a side's total row prints its amount in: {@code column}, unless it is
	 * blank and exactly one other column prints an amount (a 支出 side of 功能分类 and 支出用途
	 * columns whose total row spans them, its amount under the last 金额).
	 */
	private static String printed(TableRow row, String column) {
		if (row.cell(column).map((cell) -> !cell.text().isBlank()).orElse(false)) {
			return column;
		}
		List<String> printing = row.cells()
			.stream()
			.filter((cell) -> cell.numeric() && !cell.text().isBlank())
			.map(TableCell::column)
			.toList();
		return (printing.size() == 1) ? printing.get(0) : column;
	}

	/** The total row of the year on {@code group}'s side. */
	static Optional<TableRow> thisYear(Table table, String group, String column) {
		List<TableRow> rows = side(table, group);
		for (TableRow row : rows) {
			if (row.kind() == RowKind.TOTAL && YEAR_TOTAL.matcher(row.name()).matches()) {
				return Optional.of(row);
			}
		}
		TableRow lastTotal = null;
		for (TableRow row : rows) {
			if (CARRYOVER.matcher(row.name()).find()) {
				return Optional.ofNullable(lastTotal);
			}
			if (row.kind() == RowKind.TOTAL) {
				lastTotal = row;
			}
		}
		return Optional.ofNullable(lastTotal);
	}

	/** The grand total row on {@code group}'s side: its last total row. */
	private static Optional<TableRow> grand(Table table, String group) {
		TableRow last = null;
		for (TableRow row : side(table, group)) {
			if (row.kind() == RowKind.TOTAL) {
				last = row;
			}
		}
		return Optional.ofNullable(last);
	}

	private static List<TableRow> side(Table table, String group) {
		return table.rows().stream().filter((row) -> group.equals(row.group())).toList();
	}

	private static void putIfAbsent(Map<TotalName, Total> totals, TotalName name, Table table, String group,
			String rowName) {
		if (!totals.containsKey(name)) {
			table.row(group, rowName).ifPresent((row) -> put(totals, name, table, row, firstColumn(row)));
		}
	}

	private static void cell(Table table, String group, String column, TotalName name, Map<TotalName, Total> totals,
			String... rowNames) {
		for (String rowName : rowNames) {
			Optional<TableRow> row = table.row(group, rowName);
			if (row.isPresent()) {
				String found = row.get().cell(column).isPresent() ? column : firstColumn(row.get());
				put(totals, name, table, row.get(), found);
				return;
			}
		}
	}

	private static void put(Map<TotalName, Total> totals, TotalName name, Table table, TableRow row, String column) {
		Optional<BigDecimal> amount = (column != null) ? row.amount(column) : Optional.empty();
		if (amount.isEmpty() || amount.get() == null) {
			return;
		}
		totals.put(name, new Total(name, amount.get(), new TotalSource(TotalSource.Origin.TABLE, table.code().name(),
				List.of(row.label()), List.of(column), row.line(), null, null)));
	}

	private static void sum(Map<TotalName, Total> totals, TotalName name, Table table, TableRow row,
			String... columns) {
		BigDecimal sum = null;
		List<String> read = new ArrayList<>();
		for (String column : columns) {
			Optional<BigDecimal> amount = row.amount(column);
			if (amount.isPresent() && amount.get() != null) {
				sum = (sum == null) ? amount.get() : sum.add(amount.get());
				read.add(column);
			}
		}
		if (sum != null) {
			List<String> rows = new ArrayList<>();
			read.forEach((column) -> rows.add(row.label()));
			totals.put(name, new Total(name, sum, new TotalSource(TotalSource.Origin.TABLE, table.code().name(), rows,
					read, row.line(), null, null)));
		}
	}

	private static String firstColumn(TableRow row) {
		for (TableCell cell : row.cells()) {
			if (cell.numeric()) {
				return cell.column();
			}
		}
		return null;
	}

	private static boolean has(List<Table> tables, TableCode code) {
		return find(tables, code).isPresent();
	}

	private static Optional<Table> find(List<Table> tables, TableCode code) {
		for (Table table : tables) {
			if (table.code() == code) {
				return Optional.of(table);
			}
		}
		return Optional.empty();
	}

}

package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocKind;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.contracts.Region;
import org.disclosure.contracts.TotalValue;

/**
 * Hand-built parsed documents for the rule tests: tables with the canonical column names
 * and rows as the fixtures print them, figures as the narrative states them. Amounts are
 * written as printed ({@code "1,055.79"}); blank means zero in a numeric column, null
 * means the row has no such cell.
 */
public final class Build {

	private Build() {
	}

	public static DocumentParsed finalAccount(List<ParsedTable> tables, List<NarrativeFigure> figures) {
		return document(DocKind.FINAL_ACCOUNT, tables, figures);
	}

	public static DocumentParsed budget(List<ParsedTable> tables, List<NarrativeFigure> figures) {
		return document(DocKind.BUDGET, tables, figures);
	}

	public static DocumentParsed document(DocKind kind, List<ParsedTable> tables, List<NarrativeFigure> figures) {
		List<String> codes = tables.stream().map(ParsedTable::code).distinct().toList();
		return new DocumentParsed(1, "ab".repeat(32), new DocumentSource(null, "test.txt", "text/plain", 1, null), null,
				null, "test", metadata(kind), null, 0, codes, List.of(), List.of("第一部分 概况", "第三部分 情况说明", "第四部分 名词解释"),
				tables, figures, Map.of(), null);
	}

	public static DisclosureMetadata metadata(DocKind kind) {
		return new DisclosureMetadata(null, "洛阳市洛龙区医疗保障局", new Region("河南省", "洛阳市", "洛龙区", "410311"), "district", 2024,
				kind, null, "万元", null);
	}

	/** A document with {@code tables} listed as present and the others listed only. */
	public static DocumentParsed inventory(DocKind kind, List<String> tables, List<String> listedOnly,
			Map<String, TotalValue> totals) {
		return new DocumentParsed(1, "ab".repeat(32), null, null, null, "test", metadata(kind), null, 0, tables,
				listedOnly, null, null, null, totals, null);
	}

	/** A printed amount: {@code "1,055.79"}; blank, - and — are zero (two decimals). */
	public static BigDecimal amount(String printed) {
		String compact = printed.replace(",", "").replace(" ", "").replace("%", "");
		if (compact.isEmpty() || compact.equals("-") || compact.equals("—")) {
			return new BigDecimal("0.00");
		}
		return new BigDecimal(compact);
	}

	public static TableBuilder table(String code, String... columns) {
		return new TableBuilder(code, List.of(columns));
	}

	/** A figure of the narrative. */
	public static NarrativeFigure figure(String section, int statement, String subject, FigureKind kind, String value) {
		String unit = switch (kind) {
			case SHARE, CHANGE_RATE, COMPLETION -> "%";
			case COUNT -> "个";
			default -> "万元";
		};
		return new NarrativeFigure(section, statement, subject + " " + value + unit, subject, null, null, kind,
				new BigDecimal(value), unit);
	}

	/** A figure with its unit (辆, 人次) and sentence. */
	public static NarrativeFigure count(String section, int statement, String subject, String value, String unit) {
		return new NarrativeFigure(section, statement, subject + " " + value + unit, subject, null, null,
				FigureKind.COUNT, new BigDecimal(value), unit);
	}

	/** A share with its stated base. */
	public static NarrativeFigure share(String section, int statement, String subject, String base, String value) {
		return new NarrativeFigure(section, statement, subject + " 占" + base + " " + value + "%", subject, null, base,
				FigureKind.SHARE, new BigDecimal(value), "%");
	}

	/** Builds a table row by row. */
	public static final class TableBuilder {

		private final String code;

		private final List<String> columns;

		private final List<ParsedRow> rows = new ArrayList<>();

		private final List<ParsedColumn> extraColumns = new ArrayList<>();

		private String explanation;

		TableBuilder(String code, List<String> columns) {
			this.code = code;
			this.columns = columns;
		}

		/** The total row (合计). */
		public TableBuilder total(String... amounts) {
			return add("total", null, "合计", null, null, this.columns, amounts);
		}

		/** A total row with a name and group (人员经费合计, 总计 of a side). */
		public TableBuilder total(String group, String name, List<String> columns, String... amounts) {
			return add("total", group, name, null, null, columns, amounts);
		}

		/** A functional subject row: code (3, 5 or 7 digits) and name. */
		public TableBuilder subject(String code, String name, String... amounts) {
			return add("subject", null, name, code, "functional", this.columns, amounts);
		}

		/** An economic row of a group (人员经费/公用经费). */
		public TableBuilder economic(String group, String code, String name, String... amounts) {
			return add("subject", group, name, code, "economic", this.columns, amounts);
		}

		/** A budget unit's row. */
		public TableBuilder unit(String code, String name, String... amounts) {
			return add("unit", null, name, code, "unit", this.columns, amounts);
		}

		/** A named line in a group (a side of FA01, a project type). */
		public TableBuilder line(String group, String name, String... amounts) {
			return add("line", group, name, null, null, this.columns, amounts);
		}

		/**
		 * A named line of a side whose columns differ from the table's (FA04 income
		 * side).
		 */
		public TableBuilder line(String group, String name, List<String> columns, String... amounts) {
			return add("line", group, name, null, null, columns, amounts);
		}

		/**
		 * A line whose cells are given as column/text pairs, text as printed (generic
		 * tables).
		 */
		public TableBuilder cells(String name, String... columnAndText) {
			List<ParsedCell> cells = new ArrayList<>();
			for (int i = 0; i + 1 < columnAndText.length; i += 2) {
				String text = columnAndText[i + 1];
				boolean percent = text.contains("%");
				BigDecimal value = text.matches("-?[0-9,.]+ ?%?") ? amount(text) : null;
				cells.add(new ParsedCell(columnAndText[i], text, value, percent));
			}
			this.rows.add(new ParsedRow("line", null, name, name, null, null, null, null, cells));
			return this;
		}

		public TableBuilder explanation(String explanation) {
			this.explanation = explanation;
			return this;
		}

		private TableBuilder add(String kind, String group, String name, String code, String codeKind,
				List<String> columns, String... amounts) {
			List<ParsedCell> cells = new ArrayList<>();
			for (int i = 0; i < amounts.length && i < columns.size(); i++) {
				if (amounts[i] != null) {
					cells.add(new ParsedCell(columns.get(i), amounts[i], amount(amounts[i]), false));
				}
			}
			String level = null;
			String parent = null;
			if ("functional".equals(codeKind) && code != null) {
				level = switch (code.length()) {
					case 3 -> "类";
					case 5 -> "款";
					default -> "项";
				};
				parent = (code.length() > 3) ? code.substring(0, code.length() - 2) : null;
			}
			for (String column : columns) {
				if (this.columns.stream().noneMatch(column::equals)
						&& this.extraColumns.stream().noneMatch((c) -> c.name().equals(column))) {
					this.extraColumns.add(new ParsedColumn(column, column, true));
				}
			}
			String matched = name.replaceFirst("^其中[:：]", "");
			this.rows.add(new ParsedRow(kind, group, name, matched, code, codeKind, level, parent, cells));
			return this;
		}

		public ParsedTable build() {
			List<ParsedColumn> declared = new ArrayList<>();
			this.columns.forEach((c) -> declared.add(new ParsedColumn(c, c, true)));
			declared.addAll(this.extraColumns);
			return new ParsedTable(this.code, this.code, null, "万元", declared, List.copyOf(this.rows), List.of(),
					this.explanation);
		}

	}

}

package org.disclosure.validate.rules.tables;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.Names;
import org.disclosure.validate.rules.vocabulary.Rows;
import org.disclosure.validate.rules.vocabulary.Term;

/**
 * A parsed table as the rules read it: rows by name (numbering stripped) or code, cells
 * by column name, never by position or 行次.
 */
public final class TableView {

	private final ParsedTable table;

	/**
	 * The column names, read once: each amount looked up by column name matches against
	 * them, and reading them walks every cell.
	 */
	private List<String> columnNames;

	private TableView(ParsedTable table) {
		this.table = table;
	}

	public static TableView of(ParsedTable table) {
		return new TableView(table);
	}

	/** The first table of {@code code} in the document, if it has one. */
	public static Optional<TableView> find(DocumentParsed document, String code) {
		return all(document, code).stream().findFirst();
	}

	/** Every table of {@code code} (PERF_PROJECT comes once per project). */
	public static List<TableView> all(DocumentParsed document, String code) {
		if (document.tableContents() == null) {
			return List.of();
		}
		return document.tableContents().stream().filter((t) -> code.equals(t.code())).map(TableView::new).toList();
	}

	public String code() {
		return this.table.code();
	}

	public ParsedTable table() {
		return this.table;
	}

	public List<ParsedRow> rows() {
		return (this.table.rows() != null) ? this.table.rows() : List.of();
	}

	/** The first row named {@code name}. */
	public Optional<ParsedRow> row(Term name) {
		return row(null, name);
	}

	/** The first row of {@code group} (any group when null) named {@code name}. */
	public Optional<ParsedRow> row(String group, Term name) {
		for (String candidate : name.names()) {
			for (ParsedRow row : rows()) {
				if ((group == null || group.equals(row.group())) && Names.same(nameOf(row), candidate)) {
					return Optional.of(row);
				}
			}
		}
		return Optional.empty();
	}

	/** The rows of a side or section ({@link Rows#INCOME}, {@link Rows#PERSONNEL}). */
	public List<ParsedRow> group(String group) {
		return rows().stream().filter((r) -> group.equals(r.group())).toList();
	}

	/** The row of a classification code, if printed. */
	public Optional<ParsedRow> rowWithCode(String code) {
		return rows().stream().filter((r) -> code.equals(r.code())).findFirst();
	}

	/**
	 * The table's total row: the first row of kind total named 合计/总计/小计, else the first
	 * row of kind total, else the first row named so.
	 */
	public Optional<ParsedRow> total() {
		Optional<ParsedRow> named = rows().stream()
			.filter((r) -> Rows.KIND_TOTAL.equals(r.kind()) && Rows.TOTAL.matches(nameOf(r)))
			.findFirst();
		if (named.isPresent()) {
			return named;
		}
		Optional<ParsedRow> kind = rows().stream().filter((r) -> Rows.KIND_TOTAL.equals(r.kind())).findFirst();
		return kind.isPresent() ? kind : row(Rows.TOTAL);
	}

	/** The functional subject rows (类/款/项), in order. */
	public List<ParsedRow> subjects() {
		return rows().stream().filter(Subjects::isFunctional).toList();
	}

	/** The name of the column printed for {@code column}, if the table has it. */
	public Optional<String> column(Term column) {
		for (String candidate : column.names()) {
			for (String present : columnNames()) {
				if (Names.same(present, candidate)) {
					return Optional.of(present);
				}
			}
		}
		return Optional.empty();
	}

	/** The names of the columns: declared, and those the cells are under. */
	public List<String> columnNames() {
		if (this.columnNames == null) {
			this.columnNames = readColumnNames();
		}
		return this.columnNames;
	}

	private List<String> readColumnNames() {
		Set<String> names = new LinkedHashSet<>();
		if (this.table.columns() != null) {
			this.table.columns().stream().map(ParsedColumn::name).forEach(names::add);
		}
		for (ParsedRow row : rows()) {
			cells(row).forEach((cell) -> names.add(cell.column()));
		}
		return Collections.unmodifiableList(new ArrayList<>(names));
	}

	public boolean has(Term column) {
		return column(column).isPresent();
	}

	/** The numeric columns, in order. */
	public List<String> numericColumns() {
		Set<String> names = new LinkedHashSet<>();
		if (this.table.columns() != null) {
			this.table.columns().stream().filter(ParsedColumn::numeric).map(ParsedColumn::name).forEach(names::add);
		}
		for (ParsedRow row : rows()) {
			for (ParsedCell cell : cells(row)) {
				if (cell.amount() != null && !cell.percent()) {
					names.add(cell.column());
				}
			}
		}
		return new ArrayList<>(names);
	}

	/** The amount in {@code row} under {@code column}. */
	public Optional<BigDecimal> amount(ParsedRow row, Term column) {
		return column(column).flatMap((name) -> amount(row, name));
	}

	/** The amount in {@code row} under the column named exactly {@code column}. */
	public static Optional<BigDecimal> amount(ParsedRow row, String column) {
		for (ParsedCell cell : cells(row)) {
			if (column.equals(cell.column()) || Names.same(column, cell.column())) {
				return Optional.ofNullable(cell.amount());
			}
		}
		return Optional.empty();
	}

	/** The amount of the row named {@code row} under {@code column}. */
	public Optional<BigDecimal> amount(Term row, Term column) {
		return row(row).flatMap((r) -> amount(r, column));
	}

	/** True when no cell holds an amount other than zero. */
	public boolean empty() {
		for (ParsedRow row : rows()) {
			for (ParsedCell cell : cells(row)) {
				if (cell.amount() != null && cell.amount().signum() != 0) {
					return false;
				}
			}
		}
		return true;
	}

	/** The cells of a row, never null. */
	public static List<ParsedCell> cells(ParsedRow row) {
		return (row.cells() != null) ? row.cells() : List.of();
	}

	/** The name a row is matched by: its name, else its label. */
	public static String nameOf(ParsedRow row) {
		return (row.name() != null && !row.name().isBlank()) ? row.name() : row.label();
	}

	/** How a row is named in findings: code and name. */
	public static String describe(ParsedRow row) {
		String name = nameOf(row);
		return (row.code() != null && !row.code().isBlank()) ? row.code() + " " + name : name;
	}

	/** Where a cell is: {@code FA03 row 2101501 行政运行, column 基本支出}. */
	public String at(ParsedRow row, String column) {
		return code() + " row " + describe(row) + ((column != null) ? ", column " + column : "");
	}

	/** Where a row is: {@code FA03 row 合计}. */
	public String at(ParsedRow row) {
		return at(row, null);
	}

}

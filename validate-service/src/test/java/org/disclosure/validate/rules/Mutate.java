package org.disclosure.validate.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;
import org.disclosure.validate.rules.vocabulary.Names;

/**
 * Copies of a parsed document with one thing changed: a cell, a figure, a table removed.
 */
public final class Mutate {

	private Mutate() {
	}

	/** Rows named {@code name} (numbering and spacing ignored). */
	public static Predicate<ParsedRow> named(String name) {
		return (row) -> Names.same(row.name(), name);
	}

	/** Rows of {@code group} named {@code name}. */
	public static Predicate<ParsedRow> named(String group, String name) {
		return (row) -> group.equals(row.group()) && Names.same(row.name(), name);
	}

	/** The row of a code. */
	public static Predicate<ParsedRow> code(String code) {
		return (row) -> code.equals(row.code());
	}

	/**
	 * The document with the first matching row's cell under {@code column} printed as
	 * {@code printed}.
	 */
	public static DocumentParsed cell(DocumentParsed document, String table, Predicate<ParsedRow> row, String column,
			String printed) {
		boolean[] done = { false };
		return tables(document, (t) -> {
			if (!t.code().equals(table) || done[0]) {
				return t;
			}
			List<ParsedRow> rows = new ArrayList<>();
			for (ParsedRow r : t.rows()) {
				if (!done[0] && row.test(r) && r.cells().stream().anyMatch((c) -> c.column().equals(column))) {
					done[0] = true;
					rows.add(withCell(r, column, printed));
				}
				else {
					rows.add(r);
				}
			}
			return withRows(t, rows);
		});
	}

	/** A row with one cell printed anew. */
	public static ParsedRow withCell(ParsedRow row, String column, String printed) {
		List<ParsedCell> cells = new ArrayList<>();
		for (ParsedCell cell : row.cells()) {
			cells.add(cell.column().equals(column)
					? new ParsedCell(column, printed, Build.amount(printed), printed.contains("%")) : cell);
		}
		return new ParsedRow(row.kind(), row.group(), row.label(), row.name(), row.code(), row.codeKind(), row.level(),
				row.parentCode(), cells);
	}

	public static ParsedTable withRows(ParsedTable table, List<ParsedRow> rows) {
		return new ParsedTable(table.code(), table.title(), table.printedNumber(), table.unit(), table.columns(), rows,
				table.notes(), table.explanation());
	}

	/** The document with every table passed through {@code change}. */
	public static DocumentParsed tables(DocumentParsed document, Function<ParsedTable, ParsedTable> change) {
		List<ParsedTable> tables = document.tableContents().stream().map(change).toList();
		return with(document, tables, document.figures());
	}

	/**
	 * The document with the first figure of {@code statement} about {@code subject} of
	 * {@code kind} changed.
	 */
	public static DocumentParsed figure(DocumentParsed document, int statement, String subject, FigureKind kind,
			String value) {
		List<NarrativeFigure> figures = new ArrayList<>();
		boolean done = false;
		for (NarrativeFigure f : document.figures()) {
			if (!done && f.statement() == statement && f.subject().equals(subject) && f.kind() == kind) {
				figures.add(withValue(f, new BigDecimal(value)));
				done = true;
			}
			else {
				figures.add(f);
			}
		}
		if (!done) {
			throw new IllegalArgumentException("No figure " + subject + " " + kind + " in statement " + statement);
		}
		return with(document, document.tableContents(), figures);
	}

	public static NarrativeFigure withValue(NarrativeFigure f, BigDecimal value) {
		return new NarrativeFigure(f.section(), f.statement(), f.sentence(), f.subject(), f.subjectCode(), f.base(),
				f.kind(), value, f.unit());
	}

	/** The document without the tables of {@code code}. */
	public static DocumentParsed without(DocumentParsed document, String code) {
		List<ParsedTable> tables = document.tableContents().stream().filter((t) -> !t.code().equals(code)).toList();
		return with(document, tables, document.figures());
	}

	/** The document as a tables-only source gives it: no narrative figures. */
	public static DocumentParsed withoutFigures(DocumentParsed document) {
		return with(document, document.tableContents(), List.of());
	}

	/** The document with other figures. */
	public static DocumentParsed withFigures(DocumentParsed document, List<NarrativeFigure> figures) {
		return with(document, document.tableContents(), figures);
	}

	/** The document with other tables (the inventory follows). */
	public static DocumentParsed with(DocumentParsed d, List<ParsedTable> tables, List<NarrativeFigure> figures) {
		List<String> codes = tables.stream().map(ParsedTable::code).distinct().toList();
		return new DocumentParsed(d.schemaVersion(), d.docId(), d.source(), d.fetchedAt(), d.parsedAt(),
				d.parserVersion(), d.metadata(), d.textBlobKey(), d.textChars(), codes, d.tablesListedOnly(),
				d.sections(), tables, figures, d.totals(), d.report());
	}

}

package org.disclosure.parse.ocr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import org.disclosure.contracts.MoneyUnit;
import org.disclosure.parse.tables.Amounts;
import org.disclosure.parse.tables.CodeKind;
import org.disclosure.parse.tables.RowKind;
import org.disclosure.parse.tables.SubjectLevel;
import org.disclosure.parse.tables.Table;
import org.disclosure.parse.tables.TableCell;
import org.disclosure.parse.tables.TableColumn;
import org.disclosure.parse.tables.TableRow;

/**
 * Corrects a digit OCR misread, using the sum identities a table's own figures show: a
 * subject's amount is the sum of its children (类 = Σ款, 款 = Σ项, 301 = Σ301xx) and the
 * total row the sum of the 类 rows; a 合计/小计 column the sum of the columns that follow it.
 * A kind of identity is used in a table only where most of its instances hold, so no
 * identity the table does not print is imposed. An identity that fails is corrected when
 * exactly one change of one digit of one of its OCR'd figures satisfies it and breaks no
 * other identity the figure is part of; the correction is recorded.
 */
final class DigitCorrections {

	/**
	 * Share of an identity's instances that must hold for it to be a table's identity.
	 */
	private static final double HOLDS = 2.0 / 3;

	/** Instances that must hold for it to be a table's identity. */
	private static final int AT_LEAST = 3;

	private static final int PASSES = 3;

	private static final Pattern TOTAL_COLUMN = Pattern.compile("合计|小计|总计");

	private DigitCorrections() {
	}

	/**
	 * The tables corrected, and the cells' provenance with the corrections.
	 * @param tables the tables
	 * @param cells the cells read by OCR (only these are corrected)
	 */
	static Corrected correct(List<Table> tables, List<OcrReport.CellReading> cells) {
		Map<String, Integer> ocr = new HashMap<>();
		for (int i = 0; i < cells.size(); i++) {
			OcrReport.CellReading cell = cells.get(i);
			ocr.put(key(cell.table(), cell.row(), cell.column()), i);
		}
		List<Table> corrected = new ArrayList<>(tables);
		List<OcrReport.CellReading> readings = new ArrayList<>(cells);
		for (int t = 0; t < tables.size(); t++) {
			Figures figures = new Figures(tables.get(t), t);
			List<Identity> identities = identities(figures);
			for (int pass = 0; pass < PASSES; pass++) {
				boolean changed = false;
				for (Identity identity : identities) {
					if (!identity.holds(figures)) {
						changed |= correct(identity, identities, figures, ocr, readings);
					}
				}
				if (!changed) {
					break;
				}
			}
			corrected.set(t, figures.table());
		}
		return new Corrected(corrected, readings);
	}

	/**
	 * Corrects one failing identity when exactly one change of one digit satisfies it.
	 */
	private static boolean correct(Identity identity, List<Identity> identities, Figures figures,
			Map<String, Integer> ocr, List<OcrReport.CellReading> readings) {
		List<Candidate> candidates = new ArrayList<>();
		for (Place place : identity.places()) {
			Integer reading = ocr.get(key(figures.index(), place.row(), place.column()));
			if (reading == null || readings.get(reading).correction() != null) {
				continue;
			}
			TableCell cell = figures.cell(place).orElse(null);
			if (cell == null || cell.amount() == null || cell.percent()) {
				continue;
			}
			List<Identity> others = identities.stream()
				.filter((other) -> other != identity && other.places().contains(place))
				.toList();
			for (TableCell alternative : alternatives(cell)) {
				Figures changed = figures.with(place, alternative);
				if (!identity.holds(changed)) {
					continue;
				}
				int fixed = 0;
				boolean breaks = false;
				for (Identity other : others) {
					boolean before = other.holds(figures);
					boolean after = other.holds(changed);
					breaks |= before && !after;
					fixed += (!before && after) ? 1 : 0;
				}
				if (!breaks) {
					candidates.add(new Candidate(place, cell, alternative, reading, fixed));
				}
			}
		}
		int best = candidates.stream().mapToInt(Candidate::fixed).max().orElse(-1);
		List<Candidate> chosen = candidates.stream().filter((candidate) -> candidate.fixed() == best).toList();
		if (chosen.size() != 1) {
			return false;
		}
		Candidate candidate = chosen.get(0);
		figures.set(candidate.place(), candidate.alternative());
		OcrReport.CellReading reading = readings.get(candidate.reading());
		readings.set(candidate.reading(),
				new OcrReport.CellReading(reading.table(), reading.row(), reading.column(), reading.confidence(),
						new OcrReport.Correction(candidate.cell().text(), candidate.alternative().text(),
								identity.describe(figures.table()))));
		return true;
	}

	/**
	 * The cell with one digit of its text changed, each possible way; the amount moved to
	 * the table's unit as the cell's own was.
	 */
	static List<TableCell> alternatives(TableCell cell) {
		String text = cell.text().strip();
		Optional<BigDecimal> printed = Amounts.money(text);
		if (printed.isEmpty()) {
			return List.of();
		}
		int shift = cell.amount().scale() - printed.get().scale();
		List<TableCell> alternatives = new ArrayList<>();
		for (int i = 0; i < text.length(); i++) {
			char digit = text.charAt(i);
			if (digit < '0' || digit > '9') {
				continue;
			}
			boolean leading = i == 0 || !Character.isDigit(text.charAt(i - 1)) && text.charAt(i - 1) != '.';
			for (char other = '0'; other <= '9'; other++) {
				if (other == digit
						|| leading && other == '0' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
					continue;
				}
				String changed = text.substring(0, i) + other + text.substring(i + 1);
				Optional<BigDecimal> amount = Amounts.money(changed);
				if (amount.isPresent()) {
					alternatives.add(new TableCell(cell.column(), changed, amount.get().movePointLeft(shift), false));
				}
			}
		}
		return alternatives;
	}

	/** The identities of a table: those kinds most of whose instances hold. */
	private static List<Identity> identities(Figures figures) {
		List<Identity> identities = new ArrayList<>();
		for (List<Identity> kind : List.of(hierarchy(figures), columnSums(figures))) {
			long checkable = kind.stream().filter((identity) -> identity.checkable(figures)).count();
			long holding = kind.stream().filter((identity) -> identity.holds(figures)).count();
			if (holding >= AT_LEAST && holding >= checkable * HOLDS) {
				identities.addAll(kind);
			}
		}
		return identities;
	}

	/**
	 * Every subject row is the sum of the rows whose parent it is, in every money column;
	 * the total row the sum of the 类 rows.
	 */
	private static List<Identity> hierarchy(Figures figures) {
		Table table = figures.table();
		List<Identity> identities = new ArrayList<>();
		List<String> columns = moneyColumns(table);
		List<TableRow> rows = table.rows();
		Map<String, List<Integer>> children = new LinkedHashMap<>();
		List<Integer> classes = new ArrayList<>();
		Map<String, Integer> byCode = new HashMap<>();
		for (int r = 0; r < rows.size(); r++) {
			TableRow row = rows.get(r);
			boolean subject = row.code() != null
					&& (row.codeKind() == CodeKind.FUNCTIONAL || row.codeKind() == CodeKind.ECONOMIC);
			if (!subject) {
				continue;
			}
			byCode.putIfAbsent(row.code(), r);
			if (row.parentCode() != null) {
				children.computeIfAbsent(row.parentCode(), (code) -> new ArrayList<>()).add(r);
			}
			if (row.level() == SubjectLevel.CLASS && row.codeKind() == CodeKind.FUNCTIONAL) {
				classes.add(r);
			}
		}
		for (String column : columns) {
			for (Map.Entry<String, List<Integer>> parent : children.entrySet()) {
				Integer row = byCode.get(parent.getKey());
				if (row != null) {
					identities.add(new Identity(new Place(row, column),
							parent.getValue().stream().map((r) -> new Place(r, column)).toList(), true));
				}
			}
			for (int r = 0; r < rows.size(); r++) {
				if (rows.get(r).kind() == RowKind.TOTAL && !classes.isEmpty()) {
					identities.add(new Identity(new Place(r, column),
							classes.stream().map((c) -> new Place(c, column)).toList(), true));
					break;
				}
			}
		}
		return identities;
	}

	/** In every row, a 合计/小计/总计 column is the sum of the money columns that follow it. */
	private static List<Identity> columnSums(Figures figures) {
		Table table = figures.table();
		List<String> columns = moneyColumns(table);
		List<Identity> identities = new ArrayList<>();
		for (int c = 0; c < columns.size(); c++) {
			if (!TOTAL_COLUMN.matcher(columns.get(c)).find()) {
				continue;
			}
			List<String> parts = new ArrayList<>();
			for (int p = c + 1; p < columns.size() && !TOTAL_COLUMN.matcher(columns.get(p)).find(); p++) {
				parts.add(columns.get(p));
			}
			if (parts.size() < 2) {
				continue;
			}
			for (int r = 0; r < table.rows().size(); r++) {
				int row = r;
				identities.add(new Identity(new Place(r, columns.get(c)),
						parts.stream().map((part) -> new Place(row, part)).toList(), false));
			}
		}
		return identities;
	}

	private static List<String> moneyColumns(Table table) {
		return table.columns()
			.stream()
			.filter((column) -> column.numeric() && column.group() == null
					&& MoneyUnit.holdsMoney(column.name(), column.header()))
			.map(TableColumn::name)
			.toList();
	}

	private static String key(int table, int row, String column) {
		return table + "/" + row + "/" + column;
	}

	/** The tables corrected, and the cells' provenance with the corrections. */
	record Corrected(List<Table> tables, List<OcrReport.CellReading> cells) {
	}

	/** A cell of a table: its row's index and its column. */
	record Place(int row, String column) {
	}

	private record Candidate(Place place, TableCell cell, TableCell alternative, int reading, int fixed) {
	}

	/**
	 * {@code total = Σ parts}, within the rounding of the printed figures (half a unit of
	 * the total and of each non-zero part).
	 *
	 * @param rows true for a sum over rows (a subject and its children), false over
	 * columns
	 */
	record Identity(Place total, List<Place> parts, boolean rows) {

		/** The total and the parts. */
		List<Place> places() {
			List<Place> places = new ArrayList<>(this.parts);
			places.add(0, this.total);
			return places;
		}

		/** True when the total and at least one part print amounts. */
		boolean checkable(Figures figures) {
			return figures.amount(this.total).isPresent()
					&& this.parts.stream().anyMatch((part) -> figures.amount(part).isPresent());
		}

		boolean holds(Figures figures) {
			Optional<BigDecimal> total = figures.amount(this.total);
			if (total.isEmpty()) {
				return false;
			}
			BigDecimal sum = BigDecimal.ZERO;
			BigDecimal allowed = half(total.get());
			boolean any = false;
			for (Place part : this.parts) {
				Optional<BigDecimal> amount = figures.amount(part);
				if (amount.isPresent()) {
					any = true;
					sum = sum.add(amount.get());
					if (amount.get().signum() != 0) {
						allowed = allowed.add(half(amount.get()));
					}
				}
			}
			return any && total.get().subtract(sum).abs().compareTo(allowed) <= 0;
		}

		String describe(Table table) {
			TableRow row = table.rows().get(this.total.row());
			String name = (row.code() != null) ? row.code() + " " + row.name() : row.name();
			if (this.rows) {
				return table.code().name() + " column " + this.total.column() + ": " + name + " = Σ of its "
						+ this.parts.size() + " rows";
			}
			return table.code().name() + " row " + name + ": " + this.total.column() + " = "
					+ String.join(" + ", this.parts.stream().map(Place::column).toList());
		}

		private static BigDecimal half(BigDecimal amount) {
			return new BigDecimal("0.5").movePointLeft(Math.max(amount.scale(), 0));
		}

	}

	/** A table's figures, cell by cell, with the corrections made so far. */
	static final class Figures {

		private Table table;

		private final int index;

		Figures(Table table, int index) {
			this.table = table;
			this.index = index;
		}

		Table table() {
			return this.table;
		}

		int index() {
			return this.index;
		}

		Optional<TableCell> cell(Place place) {
			return this.table.rows().get(place.row()).cell(place.column());
		}

		Optional<BigDecimal> amount(Place place) {
			return cell(place).map(TableCell::amount);
		}

		/** These figures with {@code cell} at {@code place}, this one unchanged. */
		Figures with(Place place, TableCell cell) {
			Figures changed = new Figures(this.table, this.index);
			changed.set(place, cell);
			return changed;
		}

		void set(Place place, TableCell cell) {
			List<TableRow> rows = new ArrayList<>(this.table.rows());
			TableRow row = rows.get(place.row());
			List<TableCell> cells = new ArrayList<>(row.cells());
			cells.replaceAll((old) -> old.column().equals(place.column()) ? cell : old);
			rows.set(place.row(), new TableRow(row.line(), row.kind(), row.group(), row.label(), row.name(), row.code(),
					row.codeKind(), row.level(), row.parentCode(), cells));
			Table t = this.table;
			this.table = new Table(t.code(), t.title(), t.printedNumber(), t.unit(), t.columns(), rows, t.notes(),
					t.explanation(), t.firstLine(), t.lastLine(), t.columnSource(), t.recognition(), t.page());
		}

	}

}

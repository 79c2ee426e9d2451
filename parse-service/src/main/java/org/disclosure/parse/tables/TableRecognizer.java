package org.disclosure.parse.tables;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.disclosure.parse.layout.Layout;
import org.disclosure.parse.layout.LayoutLine;
import org.disclosure.parse.layout.LineKind;
import org.disclosure.parse.sections.SectionOutline;
import org.disclosure.parse.text.CompactText;

/**
 * Finds the canonical tables of a document in its layout and reads each with the template
 * of its code. A table starts at its title (a title followed by header lines, so a table
 * of contents is no table) and ends at 注/说明, the next title, a section heading or a sheet
 * boundary, never at a blank line or a page break. A sheet named after its table that
 * prints no title has its name for title. Thread-safe.
 */
public class TableRecognizer {

	private static final Pattern SECTION_HEADING = Pattern.compile("^第[一二三四五六七八九十]+部分");

	private static final Pattern NOTE = Pattern.compile("^(注|备注)([:0-9一二三四五六七八九十]|释)?");

	private static final Pattern CONTINUED_NOTE = Pattern.compile("^[0-9]+[.、]");

	private static final Pattern EXPLANATION = Pattern.compile("^说明[:]?");

	private static final Pattern PRINTED_NUMBER = Pattern.compile("(公开[0-9]+表|YS[0-9]+|表[0-9]+)");

	private static final Pattern UNIT = Pattern.compile("单位[:](万元|元|千元|亿元)");

	/** A header label whose value is printed in the next cell. */
	private static final Pattern META_LABEL = Pattern.compile("^[\\p{IsHan}]{0,6}(?:部门|单位)(?:名称)?[:]$");

	/** A sentence of narrative: long, with sentence punctuation. */
	private static final int NARRATIVE_LENGTH = 60;

	private final TableTitleScanner titles;

	public TableRecognizer(TableTitleScanner titles) {
		this.titles = titles;
	}

	/**
	 * Recognises and reads the tables of a document.
	 * @param layout the document's layout
	 * @return the tables read and the tables only listed
	 */
	public RecognizedTables recognize(Layout layout) {
		TableScan scan = withSheetTitles(layout, this.titles.scan(layout.asText()));
		Map<Integer, TableTitle> titleAt = new HashMap<>();
		for (TableTitle title : scan.titles()) {
			titleAt.put(title.line(), title);
		}
		boolean stateCapitalTable = scan.present().contains(TableCode.FA08);
		List<TableReading> readings = new ArrayList<>();
		List<OtherTable> others = new ArrayList<>();
		List<TableRegion> unknown = new ArrayList<>();
		for (TableTitle title : scan.titles()) {
			if (!title.table()) {
				continue;
			}
			TableRegion region = region(layout, title, titleAt);
			if (title.canonical()) {
				TableReading reading = TableReaders.read(region);
				readings.add(new TableReading(ownCode(MoneyUnit.inTenThousands(reading.table()), stateCapitalTable),
						reading.unread()));
			}
			else {
				unknown.add(region);
			}
		}
		List<TableCode> listedOnly = new ArrayList<>(scan.listedOnly());
		for (TableRegion region : unknown) {
			Set<TableCode> taken = new HashSet<>();
			readings.forEach((reading) -> taken.add(reading.table().code()));
			Optional<TableReading> byShape = ShapeRecognizer.code(region, taken, budget(readings))
				.map((code) -> TableReaders.read(region.as(code, "shape")))
				.filter((reading) -> !reading.table().empty());
			if (byShape.isPresent()) {
				readings.add(new TableReading(MoneyUnit.inTenThousands(byShape.get().table()), byShape.get().unread()));
				listedOnly.remove(byShape.get().table().code());
			}
			else {
				others.add(new OtherTable(region.title(), region.printedNumber(), region.titleLine(), region.page(),
						region.rows().size()));
			}
		}
		readings.sort(Comparator.comparingInt((TableReading reading) -> reading.table().firstLine()));
		return new RecognizedTables(readings, listedOnly, scan, others);
	}

	/** Whether the tables read so far are a budget's: more BU tables than FA ones. */
	private static boolean budget(List<TableReading> readings) {
		long budget = readings.stream().filter((reading) -> reading.table().code().name().startsWith("BU")).count();
		long finalAccount = readings.stream()
			.filter((reading) -> reading.table().code().name().startsWith("FA"))
			.count();
		return budget > finalAccount;
	}

	/**
	 * {@code scan} with the name of each sheet that is named after its table and prints
	 * no title of its own (a workbook tab 收入支出决算总表 whose first row is the heading) as
	 * that table's title.
	 */
	private static TableScan withSheetTitles(Layout layout, TableScan scan) {
		List<TableTitle> titles = new ArrayList<>(scan.titles());
		for (int i = 0; i < layout.size(); i++) {
			LayoutLine sheet = layout.line(i);
			Optional<TableCode> code = (sheet.kind() == LineKind.SHEET) ? TitleForm.code(sheet.text())
					: Optional.empty();
			if (code.isEmpty()) {
				continue;
			}
			int from = i;
			int end = from + 1;
			while (end < layout.size() && layout.line(end).kind() != LineKind.SHEET) {
				end++;
			}
			int to = end;
			if (scan.titles().stream().noneMatch((title) -> title.line() > from && title.line() < to)) {
				titles.add(new TableTitle(code.get(), RowNames.label(sheet.text()), i, i, true,
						TitleForm.whose(sheet.text())));
			}
		}
		titles.sort(Comparator.comparingInt(TableTitle::line));
		return new TableScan(List.copyOf(titles)).inTheirKind();
	}

	/**
	 * The region as the table it stands for in its set: a final account without
	 * 国有资本经营预算财政拨款支出决算表 (FA08) that prints the state-capital fund's 收入支出决算表 (FA13) has it
	 * in FA08's place.
	 */
	private static Table ownCode(Table table, boolean stateCapitalTable) {
		return (table.code() == TableCode.FA13 && !stateCapitalTable) ? table.as(TableCode.FA08) : table;
	}

	private static TableRegion region(Layout layout, TableTitle title, Map<Integer, TableTitle> titleAt) {
		String titleText = title.title();
		// A spreadsheet may print the number and unit in the title's row.
		String heading = CompactText.of(titleText + layout.line(title.line()).text());
		String printedNumber = find(PRINTED_NUMBER, heading);
		String unit = find(UNIT, heading);
		List<LayoutLine> rows = new ArrayList<>();
		List<String> notes = new ArrayList<>();
		StringBuilder explanation = new StringBuilder();
		List<LayoutLine> stray = new ArrayList<>();
		boolean inNotes = false;
		boolean lastWasExplanation = false;
		int last = title.lastLine();
		for (int i = title.lastLine() + 1; i < layout.size(); i++) {
			LayoutLine line = layout.line(i);
			String compact = CompactText.of(line.text());
			if (line.kind() == LineKind.SHEET) {
				// A sheet cut after the table may begin with the table's 注/说明.
				last = trailingNotes(layout, i + 1, titleAt, notes, explanation, last);
				break;
			}
			if (titleAt.containsKey(i) || SECTION_HEADING.matcher(compact).find()) {
				break;
			}
			if (line.isBlank()) {
				last = i;
				continue;
			}
			String first = CompactText.of(firstFilled(line));
			boolean note = NOTE.matcher(first).find();
			boolean explains = EXPLANATION.matcher(first).find();
			if (note || explains) {
				inNotes = true;
				String text = RowNames.label(String.join(" ", line.cells()));
				if (explains) {
					explanation.append(text);
				}
				else {
					notes.add(text);
				}
				lastWasExplanation = explains;
				last = i;
				continue;
			}
			if (inNotes) {
				if (line.kind() == LineKind.ROW && filledCells(line) > 1) {
					break;
				}
				String text = RowNames.label(String.join(" ", line.cells()));
				if (lastWasExplanation) {
					explanation.append(text);
				}
				else {
					notes.set(notes.size() - 1, notes.get(notes.size() - 1) + text);
				}
				last = i;
				continue;
			}
			if (isMeta(line)) {
				if (printedNumber == null) {
					printedNumber = find(PRINTED_NUMBER, compact);
				}
				if (unit == null) {
					unit = find(UNIT, compact);
				}
				last = i;
				continue;
			}
			if (line.kind() == LineKind.ROW) {
				rows.add(line);
				last = i;
				continue;
			}
			if (line.positional() && !rows.isEmpty() && rows.get(rows.size() - 1).positional()) {
				// A positioned line of one cell between positioned rows: a wrapped label.
				rows.add(line);
				last = i;
				continue;
			}
			if (!rows.isEmpty() && ((compact.length() >= NARRATIVE_LENGTH && compact.contains("。"))
					|| (line.kind() == LineKind.TEXT && SectionOutline.opensSection(compact)))) {
				// Narrative resumes: the table ended without a note.
				break;
			}
			stray.add(line);
			last = i;
		}
		String explained = (explanation.length() > 0) ? explanation.toString() : null;
		return new TableRegion(title.code(), title.line(), titleText, printedNumber, unit, rows, notes, explained,
				stray, last, "title", layout.line(title.line()).page());
	}

	/**
	 * Reads the 注/说明 lines at {@code from} (the top of the next sheet, before its title)
	 * into {@code notes} and {@code explanation}; returns the last line read.
	 */
	private static int trailingNotes(Layout layout, int from, Map<Integer, TableTitle> titleAt, List<String> notes,
			StringBuilder explanation, int last) {
		boolean explaining = false;
		boolean noting = false;
		for (int i = from; i < layout.size() && !titleAt.containsKey(i); i++) {
			LayoutLine line = layout.line(i);
			if (line.kind() != LineKind.TEXT) {
				break;
			}
			String text = RowNames.label(line.text());
			String compact = CompactText.of(text);
			if (EXPLANATION.matcher(compact).find()) {
				explanation.append(text);
				explaining = true;
				noting = false;
			}
			else if (NOTE.matcher(compact).find()) {
				notes.add(text);
				noting = true;
				explaining = false;
			}
			else if (explaining) {
				explanation.append(text);
			}
			else if (noting && CONTINUED_NOTE.matcher(compact).find()) {
				notes.set(notes.size() - 1, notes.get(notes.size() - 1) + text);
			}
			else {
				break;
			}
			last = i;
		}
		return last;
	}

	/** True for a line of header metadata: 公开01表, 部门：…, 2024年度, 单位：万元. */
	private static boolean isMeta(LayoutLine line) {
		int filled = 0;
		boolean labelled = false;
		for (String cell : line.cells()) {
			String compact = CompactText.of(cell);
			if (compact.isEmpty()) {
				continue;
			}
			filled++;
			if (labelled) {
				// the value of a label in the cell before: 部门： | 江苏省人民检察院
				labelled = false;
				continue;
			}
			if (!TitleForm.isHeading(compact)) {
				return false;
			}
			labelled = META_LABEL.matcher(compact).matches();
		}
		return filled > 0;
	}

	private static String firstFilled(LayoutLine line) {
		for (String cell : line.cells()) {
			if (!cell.isBlank()) {
				return cell;
			}
		}
		return "";
	}

	private static int filledCells(LayoutLine line) {
		int filled = 0;
		for (String cell : line.cells()) {
			if (!cell.isBlank()) {
				filled++;
			}
		}
		return filled;
	}

	private static String find(Pattern pattern, String text) {
		Matcher matcher = pattern.matcher(text);
		return matcher.find() ? matcher.group(1) : null;
	}

}

package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.OcrCorrection;
import org.disclosure.contracts.ParsedTable;

/**
 * One parsed table as the disclosure document stores it for the document API: rows and
 * cells with their labels, text cells included. Stored, not indexed ({@code enabled:
 * false}); {@code disclosure-facts} is the searchable, summable form of the same cells.
 *
 * @param unit the money unit the table prints (元, 万元, 千元); cell amounts are in 万元, cell
 * texts as printed
 * @param recognition how its code was found: {@code title}, or {@code shape} from its
 * columns and rows
 * @param page the page its title is printed on, where the format has pages
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record TableContent(String code, String title, @JsonProperty("printed_number") String printedNumber, String unit,
		String recognition, Integer page, List<Column> columns, List<Row> rows, List<String> notes,
		String explanation) {

	/** The tables of a parse, in document order; null when the parser produced none. */
	static List<TableContent> of(List<ParsedTable> tables) {
		if (tables == null || tables.isEmpty()) {
			return null;
		}
		return tables.stream().map(TableContent::of).toList();
	}

	static TableContent of(ParsedTable table) {
		List<Column> columns = (table.columns() != null) ? table.columns()
			.stream()
			.map((column) -> new Column(column.name(), column.header(), column.numeric()))
			.toList() : null;
		List<Row> rows = (table.rows() != null) ? table.rows().stream().map(TableContent::row).toList() : null;
		return new TableContent(table.code(), table.title(), table.printedNumber(), table.unit(), table.recognition(),
				table.page(), columns, rows, table.notes(), table.explanation());
	}

	private static Row row(ParsedTable.ParsedRow row) {
		List<Cell> cells = (row.cells() != null) ? row.cells()
			.stream()
			.map((cell) -> new Cell(cell.column(), cell.text(), cell.amount(), cell.percent(), cell.source(),
					cell.confidence(), cell.correction()))
			.toList() : null;
		return new Row(row.kind(), row.group(), row.label(), row.name(), row.code(), row.codeKind(), row.level(),
				row.parentCode(), cells);
	}

	/** A column: its canonical name and its header as printed. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Column(String name, String header, @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean numeric) {
	}

	/** A row, with the subject code and level when it is a subject row. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Row(String kind, String group, String label, String name, String code,
			@JsonProperty("code_kind") String codeKind, String level, @JsonProperty("parent_code") String parentCode,
			List<Cell> cells) {
	}

	/**
	 * A cell: its text as printed and, in a numeric column, its amount; read by OCR, its
	 * source ({@code ocr}), OCR's confidence and the correction a sum identity made.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Cell(String column, String text, BigDecimal amount,
			@JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean percent, String source, BigDecimal confidence,
			OcrCorrection correction) {
	}

}

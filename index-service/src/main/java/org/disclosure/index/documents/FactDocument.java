package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.MoneyUnit;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedColumn;
import org.disclosure.contracts.ParsedTable.ParsedRow;

/**
 * One numeric cell of one table of one disclosure, as {@code disclosure-facts} holds it:
 * the figure with everything needed to sum and split it in Kibana (who, where, when,
 * which table, row, subject and column). Its id is its position in the document, so
 * re-indexing the same parse replaces it, and {@code FactIndexer} removes the facts a new
 * parse no longer has.
 *
 * @param amount money in 万元 whatever the table prints, a percentage, or a count or score
 * as printed
 * @param unit {@code 万元} for money, {@code %} for a percentage, absent for a count or
 * score
 * @param printedAmount the amount as the table prints it (164978640 元 for 16497.8640 万元)
 * @param printedUnit the unit the table prints (its 单位 line, else the document's)
 * @param page the page the table's title is printed on, where the format has pages
 * @param recognition how the table's code was found: {@code title} or {@code shape}
 * @param source where the figure was read: {@code text}, the document's own text, or
 * {@code ocr}, a page read by OCR
 * @param ocrConfidence OCR's confidence in the figure (0–1), for a figure read by OCR
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FactDocument(@JsonProperty("fact_id") String factId, @JsonProperty("doc_id") String docId,
		String department, DisclosureDocument.Region region, @JsonProperty("admin_level") String adminLevel,
		@JsonProperty("fiscal_year") Integer fiscalYear, @JsonProperty("doc_kind") String docKind, String table,
		@JsonProperty("table_title") String tableTitle, @JsonProperty("row_label") String rowLabel,
		@JsonProperty("row_kind") String rowKind, @JsonProperty("row_group") String rowGroup,
		@JsonProperty("subject_code") String subjectCode, @JsonProperty("subject_level") String subjectLevel,
		@JsonProperty("subject_name") String subjectName, @JsonProperty("parent_code") String parentCode,
		@JsonProperty("code_kind") String codeKind, String column, BigDecimal amount, String unit,
		@JsonProperty("printed_amount") BigDecimal printedAmount, @JsonProperty("printed_unit") String printedUnit,
		Integer page, String recognition, String source, @JsonProperty("ocr_confidence") BigDecimal ocrConfidence,
		@JsonProperty("indexed_at") Instant indexedAt) {

	/** {@code source} of a figure read from the document's text (not by OCR). */
	static final String FROM_TEXT = "text";

	private static final String PERCENT = "%";

	/** The facts of {@code validated}: every cell with an amount, in document order. */
	public static List<FactDocument> of(DocumentValidated validated, Instant indexedAt) {
		DocumentParsed parsed = validated.document();
		if (parsed == null || parsed.tableContents() == null) {
			return List.of();
		}
		DisclosureMetadata metadata = (parsed.metadata() != null) ? parsed.metadata()
				: new DisclosureMetadata(null, null, null, null, null, null, null, null, null);
		String docKind = (metadata.docKind() != null) ? metadata.docKind().value() : null;
		List<FactDocument> facts = new ArrayList<>();
		List<ParsedTable> tables = parsed.tableContents();
		for (int t = 0; t < tables.size(); t++) {
			ParsedTable table = tables.get(t);
			String printedUnit = (table.unit() != null) ? table.unit() : metadata.unit();
			Set<String> noMoney = columnsWithoutMoney(table);
			List<ParsedRow> rows = (table.rows() != null) ? table.rows() : List.of();
			for (int r = 0; r < rows.size(); r++) {
				ParsedRow row = rows.get(r);
				boolean subject = row.code() != null && row.level() != null;
				for (ParsedCell cell : (row.cells() != null) ? row.cells() : List.<ParsedCell>of()) {
					if (cell.amount() == null) {
						continue;
					}
					boolean money = !cell.percent() && !noMoney.contains(cell.column());
					String id = validated.docId() + ":" + t + ":" + r + ":" + cell.column();
					facts.add(new FactDocument(id, validated.docId(), metadata.department(),
							DisclosureDocument.Region.of(metadata.region()), metadata.adminLevel(),
							metadata.fiscalYear(), docKind, table.code(), table.title(), row.label(), row.kind(),
							row.group(), row.code(), row.level(), subject ? row.name() : null, row.parentCode(),
							row.codeKind(), cell.column(), cell.amount(),
							money ? MoneyUnit.TEN_THOUSAND : (cell.percent() ? PERCENT : null),
							money ? MoneyUnit.asPrinted(cell.amount(), table.unit()) : cell.amount(),
							money ? printedUnit : (cell.percent() ? PERCENT : null), table.page(), table.recognition(),
							(cell.source() != null) ? cell.source() : FROM_TEXT, cell.confidence(),
							DisclosureDocument.millis(indexedAt)));
				}
			}
		}
		return facts;
	}

	/** The columns of scores, rates, counts and codes, whose amounts are no money. */
	private static Set<String> columnsWithoutMoney(ParsedTable table) {
		Set<String> names = new HashSet<>();
		for (ParsedColumn column : (table.columns() != null) ? table.columns() : List.<ParsedColumn>of()) {
			if (!MoneyUnit.holdsMoney(column.name(), column.header())) {
				names.add(column.name());
			}
		}
		return names;
	}

}

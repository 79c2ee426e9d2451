package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.ParsedTable.ParsedCell;
import org.disclosure.contracts.ParsedTable.ParsedRow;

/**
 * One numeric cell of one table of one disclosure, as {@code disclosure-facts} holds it:
 * the figure with everything needed to sum and split it in Kibana (who, where, when,
 * which table, row, subject and column). Its id is its position in the document, so
 * re-indexing the same parse replaces it, and {@code FactIndexer} removes the facts a new
 * parse no longer has.
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
		@JsonProperty("indexed_at") Instant indexedAt) {

	/** The facts of {@code validated}: every cell with an amount, in document order. */
	public static List<FactDocument> of(DocumentValidated validated, Instant indexedAt) {
		DocumentParsed parsed = validated.document();
		if (parsed == null || parsed.tableContents() == null) {
			return List.of();
		}
		DisclosureMetadata metadata = (parsed.metadata() != null) ? parsed.metadata()
				: new DisclosureMetadata(null, null, null, null, null, null, null, null, null);
		String docKind = (metadata.docKind() != null) ? metadata.docKind().value() : null;
		String defaultUnit = (metadata.unit() != null) ? metadata.unit() : null;
		List<FactDocument> facts = new ArrayList<>();
		List<ParsedTable> tables = parsed.tableContents();
		for (int t = 0; t < tables.size(); t++) {
			ParsedTable table = tables.get(t);
			String unit = (table.unit() != null) ? table.unit() : defaultUnit;
			List<ParsedRow> rows = (table.rows() != null) ? table.rows() : List.of();
			for (int r = 0; r < rows.size(); r++) {
				ParsedRow row = rows.get(r);
				boolean subject = row.code() != null && row.level() != null;
				for (ParsedCell cell : (row.cells() != null) ? row.cells() : List.<ParsedCell>of()) {
					if (cell.amount() == null) {
						continue;
					}
					String id = validated.docId() + ":" + t + ":" + r + ":" + cell.column();
					facts.add(new FactDocument(id, validated.docId(), metadata.department(),
							DisclosureDocument.Region.of(metadata.region()), metadata.adminLevel(),
							metadata.fiscalYear(), docKind, table.code(), table.title(), row.label(), row.kind(),
							row.group(), row.code(), row.level(), subject ? row.name() : null, row.parentCode(),
							row.codeKind(), cell.column(), cell.amount(), cell.percent() ? "%" : unit,
							DisclosureDocument.millis(indexedAt)));
				}
			}
		}
		return facts;
	}

}

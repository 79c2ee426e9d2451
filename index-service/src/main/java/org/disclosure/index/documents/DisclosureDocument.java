package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.ParseReport;
import org.disclosure.contracts.TotalValue;

/**
 * One disclosure as the {@code disclosures} index holds it. The field names are a public
 * contract (Kibana users build on them); a field the pipeline could not fill stays
 * absent, never null-stuffed or guessed.
 *
 * @param content the extracted text; absent when the parser produced none
 * @param totals the defined totals in 万元; absent until the parser produces them
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DisclosureDocument(@JsonProperty("doc_id") String docId, String title, String department, Region region,
		@JsonProperty("admin_level") String adminLevel, @JsonProperty("fiscal_year") Integer fiscalYear,
		@JsonProperty("doc_kind") String docKind, String published, String unit,
		@JsonProperty("covered_units") List<String> coveredUnits, String content, Source source, List<String> tables,
		@JsonProperty("tables_listed_only") List<String> tablesListedOnly, Totals totals,
		@JsonProperty("totals_source") Map<String, String> totalsSource, Parse parse, Validation validation,
		Pipeline pipeline) {

	private static final DisclosureMetadata NO_METADATA = new DisclosureMetadata(null, null, null, null, null, null,
			null, null, null);

	/**
	 * The document for {@code validated}, whose extracted text is {@code content},
	 * indexed at {@code indexedAt}.
	 */
	public static DisclosureDocument of(DocumentValidated validated, String content, Instant indexedAt) {
		DocumentParsed parsed = validated.document();
		if (parsed == null) {
			throw new IllegalArgumentException("Validated event " + validated.docId() + " carries no document");
		}
		DisclosureMetadata metadata = (parsed.metadata() != null) ? parsed.metadata() : NO_METADATA;
		return new DisclosureDocument(validated.docId(), metadata.title(), metadata.department(),
				Region.of(metadata.region()), metadata.adminLevel(), metadata.fiscalYear(),
				(metadata.docKind() != null) ? metadata.docKind().value() : null, metadata.published(), metadata.unit(),
				metadata.coveredUnits(), content, Source.of(parsed.source()), parsed.tables(),
				parsed.tablesListedOnly(), Totals.of(parsed.totals()), totalsSource(parsed.totals()),
				Parse.of(parsed.report()), Validation.of(validated.validation()),
				new Pipeline(millis(parsed.fetchedAt()), millis(parsed.parsedAt()), millis(validated.validatedAt()),
						millis(indexedAt), parsed.parserVersion()));
	}

	/** Where each total was read: {@code table} or {@code narrative}. */
	private static Map<String, String> totalsSource(Map<String, TotalValue> totals) {
		if (totals == null) {
			return null;
		}
		Map<String, String> sources = new TreeMap<>();
		totals.forEach((key, value) -> {
			if (value != null && value.amount() != null && value.source() != null && Totals.KEYS.contains(key)) {
				sources.put(key, value.source());
			}
		});
		return sources;
	}

	/** Elasticsearch keeps dates to the millisecond. */
	static Instant millis(Instant instant) {
		return (instant != null) ? instant.truncatedTo(ChronoUnit.MILLIS) : null;
	}

	/** Where the issuing department sits (GB/T 2260 names). */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Region(String province, String city, String county) {

		/** The region, or null when no level is known. */
		static Region of(org.disclosure.contracts.Region region) {
			boolean unknown = region == null
					|| (region.province() == null && region.city() == null && region.county() == null);
			return unknown ? null : new Region(region.province(), region.city(), region.county());
		}

	}

	/** Where the bytes came from, as ingest-service saw them. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Source(String url, @JsonProperty("file_name") String fileName,
			@JsonProperty("media_type") String mediaType, @JsonProperty("size_bytes") Long sizeBytes) {

		static Source of(DocumentSource source) {
			return (source != null)
					? new Source(source.url(), source.fileName(), source.mediaType(), source.sizeBytes()) : null;
		}

	}

	/**
	 * The totals of DOMAIN.md ("Where each total comes from"), in 万元. Numbers in the
	 * index so they aggregate; {@link BigDecimal} here so no arithmetic rounds them.
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Totals(BigDecimal revenue, BigDecimal expenditure, @JsonProperty("grand_total") BigDecimal grandTotal,
			@JsonProperty("basic_expenditure") BigDecimal basicExpenditure,
			@JsonProperty("project_expenditure") BigDecimal projectExpenditure,
			@JsonProperty("fiscal_appropriation_revenue") BigDecimal fiscalAppropriationRevenue, BigDecimal personnel,
			@JsonProperty("public_funds") BigDecimal publicFunds,
			@JsonProperty("three_public_budget") BigDecimal threePublicBudget,
			@JsonProperty("three_public_actual") BigDecimal threePublicActual,
			@JsonProperty("carryover_begin") BigDecimal carryoverBegin,
			@JsonProperty("carryover_end") BigDecimal carryoverEnd) {

		/** The keys of the expected files, as the parser names them. */
		static final List<String> KEYS = List.of("revenue", "expenditure", "grand_total", "basic_expenditure",
				"project_expenditure", "fiscal_appropriation_revenue", "personnel", "public_funds",
				"three_public_budget", "three_public_actual", "carryover_begin", "carryover_end");

		/** The totals the parser found; null when it found none. */
		static Totals of(Map<String, TotalValue> totals) {
			if (totals == null || totals.values().stream().noneMatch((v) -> v != null && v.amount() != null)) {
				return null;
			}
			return new Totals(amount(totals, "revenue"), amount(totals, "expenditure"), amount(totals, "grand_total"),
					amount(totals, "basic_expenditure"), amount(totals, "project_expenditure"),
					amount(totals, "fiscal_appropriation_revenue"), amount(totals, "personnel"),
					amount(totals, "public_funds"), amount(totals, "three_public_budget"),
					amount(totals, "three_public_actual"), amount(totals, "carryover_begin"),
					amount(totals, "carryover_end"));
		}

		private static BigDecimal amount(Map<String, TotalValue> totals, String key) {
			TotalValue value = totals.get(key);
			return (value != null) ? value.amount() : null;
		}

	}

	/** How much of the document the parser understood (its parse report). */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Parse(Integer tables, Integer rows, Integer cells, Integer figures,
			@JsonProperty("unmatched_lines") Integer unmatchedLines) {

		static Parse of(ParseReport report) {
			return (report != null) ? new Parse(report.tables(), report.rows(), report.cells(), report.figures(),
					report.unmatchedLines()) : null;
		}

	}

	/** The verdict of the rule catalogue, summarised. */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Validation(String status, Integer errors, Integer warnings,
			@JsonProperty("rules_evaluated") Integer rulesEvaluated) {

		static Validation of(org.disclosure.contracts.Validation verdict) {
			if (verdict == null) {
				return null;
			}
			String status = (verdict.status() != null) ? verdict.status().value() : null;
			return new Validation(status, verdict.errors(), verdict.warnings(), verdict.rulesEvaluated());
		}

	}

	/** When each stage handled the document, and which parser read it. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Pipeline(@JsonProperty("fetched_at") Instant fetchedAt, @JsonProperty("parsed_at") Instant parsedAt,
			@JsonProperty("validated_at") Instant validatedAt, @JsonProperty("indexed_at") Instant indexedAt,
			@JsonProperty("parser_version") String parserVersion) {
	}

}

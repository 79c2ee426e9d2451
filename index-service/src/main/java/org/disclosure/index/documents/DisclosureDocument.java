package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;
import org.disclosure.contracts.ParseReport;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.TotalValue;

/**
 * One disclosure as the {@code disclosures} index holds it. The field names are a public
 * contract (Kibana users build on them); a field the pipeline could not fill stays
 * absent, never null-stuffed or guessed.
 *
 * @param content the extracted text; absent when the parser produced none
 * @param completeness the required tables of its kind it has and lacks
 * @param totals the defined totals in 万元; absent until the parser produces them
 * @param tableContents the parsed tables, stored for the document API, not indexed
 * @param figures the narrative figures, stored for the document API, not indexed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DisclosureDocument(@JsonProperty("doc_id") String docId, String title, String department, Region region,
		@JsonProperty("admin_level") String adminLevel, @JsonProperty("fiscal_year") Integer fiscalYear,
		@JsonProperty("doc_kind") String docKind, String published, String unit,
		@JsonProperty("covered_units") List<String> coveredUnits, String content, Source source, List<String> tables,
		@JsonProperty("tables_listed_only") List<String> tablesListedOnly, Completeness completeness, Totals totals,
		@JsonProperty("totals_source") Map<String, String> totalsSource, Parse parse, Validation validation,
		Pipeline pipeline, @JsonProperty("table_contents") List<TableContent> tableContents,
		List<FigureContent> figures) {

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
		String docKind = (metadata.docKind() != null) ? metadata.docKind().value() : null;
		return new DisclosureDocument(validated.docId(), metadata.title(), metadata.department(),
				Region.of(metadata.region()), metadata.adminLevel(), metadata.fiscalYear(), docKind,
				metadata.published(), metadata.unit(), metadata.coveredUnits(), content, Source.of(parsed.source()),
				parsed.tables(), parsed.tablesListedOnly(), Completeness.of(docKind, parsed.tables()),
				Totals.of(parsed.totals()), totalsSource(parsed.totals()), Parse.of(parsed.report()),
				Validation.of(validated.validation()),
				new Pipeline(millis(parsed.fetchedAt()), millis(parsed.parsedAt()), millis(validated.validatedAt()),
						millis(indexedAt), parsed.parserVersion()),
				TableContent.of(parsed.tableContents()), FigureContent.of(parsed.figures()));
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

	/**
	 * The required tables of the document's kind ({@link RequiredTables}) it contains and
	 * lacks, so Kibana can count incomplete disclosures without knowing the rule.
	 *
	 * @param status {@code complete} or {@code incomplete}
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Completeness(String status, int required, int present, List<String> missing) {

		/** Null when the kind is unknown or the parser listed no tables at all. */
		static Completeness of(String docKind, List<String> tables) {
			List<String> required = RequiredTables.of(docKind);
			if (required.isEmpty() || tables == null) {
				return null;
			}
			List<String> missing = required.stream().filter((code) -> !tables.contains(code)).toList();
			return new Completeness(missing.isEmpty() ? "complete" : "incomplete", required.size(),
					required.size() - missing.size(), missing);
		}

	}

	/**
	 * The verdict of the rule catalogue, summarised, with the rules and severities its
	 * findings have so a search can filter and count by them.
	 *
	 * @param findingRules the rule ids with at least one finding, sorted
	 * @param findingSeverities the severities of the findings, most severe first
	 * @param findingRuleSeverities {@code rule:severity} of each finding, so "a finding
	 * of rule R with severity S" is one term
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Validation(String status, Integer errors, Integer warnings, Integer infos,
			@JsonProperty("rules_evaluated") Integer rulesEvaluated,
			@JsonProperty("finding_rules") List<String> findingRules,
			@JsonProperty("finding_severities") List<String> findingSeverities,
			@JsonProperty("finding_rule_severities") List<String> findingRuleSeverities) {

		static Validation of(org.disclosure.contracts.Validation verdict) {
			if (verdict == null) {
				return null;
			}
			String status = (verdict.status() != null) ? verdict.status().value() : null;
			List<Finding> findings = (verdict.findings() != null) ? verdict.findings() : List.of();
			Set<String> rules = new TreeSet<>();
			Set<Severity> severities = new TreeSet<>();
			Set<String> ruleSeverities = new LinkedHashSet<>();
			int infos = 0;
			for (Finding finding : findings) {
				if (finding.ruleId() != null) {
					rules.add(finding.ruleId());
				}
				if (finding.severity() != null) {
					severities.add(finding.severity());
					infos += (finding.severity() == Severity.INFO) ? 1 : 0;
				}
				if (finding.ruleId() != null && finding.severity() != null) {
					ruleSeverities.add(ruleSeverity(finding.ruleId(), finding.severity().value()));
				}
			}
			List<String> severityValues = new ArrayList<>();
			severities.forEach((severity) -> severityValues.add(severity.value()));
			return new Validation(status, verdict.errors(), verdict.warnings(), infos, verdict.rulesEvaluated(),
					List.copyOf(rules), severityValues, List.copyOf(ruleSeverities));
		}

		/** The term of {@code finding_rule_severities} for a rule and a severity. */
		public static String ruleSeverity(String ruleId, String severity) {
			return ruleId + ":" + severity;
		}

	}

	/** When each stage handled the document, and which parser read it. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Pipeline(@JsonProperty("fetched_at") Instant fetchedAt, @JsonProperty("parsed_at") Instant parsedAt,
			@JsonProperty("validated_at") Instant validatedAt, @JsonProperty("indexed_at") Instant indexedAt,
			@JsonProperty("parser_version") String parserVersion) {
	}

}

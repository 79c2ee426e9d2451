package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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
import org.disclosure.contracts.ParsedTable;
import org.disclosure.contracts.Severity;
import org.disclosure.contracts.TotalValue;
import org.disclosure.contracts.Validation.SkippedRule;

/**
 * One disclosure as the {@code disclosures} index holds it. The field names are a public
 * contract (Kibana users build on them); a field the pipeline could not fill stays
 * absent, never null-stuffed or guessed.
 *
 * @param scope {@code department} (部门预算/决算) or {@code unit} (单位预算/决算)
 * @param content the extracted text; absent when the parser produced none
 * @param tablesOther the titles, as printed, of the tables that are none of the canonical
 * ones
 * @param tablesByShape the codes of the tables whose title was unknown and whose columns
 * and rows told what they are
 * @param publication which part of a disclosure the file is, and the files it is linked
 * to
 * @param completeness the tables of the national core of its kind it has and lacks, and
 * the extra ones it has
 * @param totals the defined totals in 万元; absent until the parser produces them
 * @param tableContents the parsed tables, stored for the document API, not indexed
 * @param figures the narrative figures, stored for the document API, not indexed
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DisclosureDocument(@JsonProperty("doc_id") String docId, String title, String department, Region region,
		@JsonProperty("admin_level") String adminLevel, String scope, @JsonProperty("fiscal_year") Integer fiscalYear,
		@JsonProperty("doc_kind") String docKind, String published, String unit,
		@JsonProperty("covered_units") List<String> coveredUnits, String content, Source source, List<String> tables,
		@JsonProperty("tables_listed_only") List<String> tablesListedOnly,
		@JsonProperty("tables_other") List<String> tablesOther,
		@JsonProperty("tables_by_shape") List<String> tablesByShape, Publication publication, Completeness completeness,
		Totals totals, @JsonProperty("totals_source") Map<String, String> totalsSource, Parse parse,
		Validation validation, Pipeline pipeline, @JsonProperty("table_contents") List<TableContent> tableContents,
		List<FigureContent> figures) {

	/** {@code ParsedTable.recognition} of a table told by its columns and rows. */
	private static final String RECOGNISED_BY_SHAPE = "shape";

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
		Publication publication = Publication.of(parsed.publication(), validated.validation());
		return new DisclosureDocument(validated.docId(), metadata.title(), metadata.department(),
				Region.of(metadata.region()), metadata.adminLevel(), metadata.scope(), metadata.fiscalYear(), docKind,
				metadata.published(), metadata.unit(), metadata.coveredUnits(), content, Source.of(parsed.source()),
				parsed.tables(), parsed.tablesListedOnly(), parsed.tablesOther(), tablesByShape(parsed.tableContents()),
				publication,
				Completeness.of(docKind, parsed.tables(), parsed.tablesListedOnly(),
						parsed.publication() != null
								&& org.disclosure.contracts.Publication.NARRATIVE.equals(parsed.publication().part())),
				Totals.of(parsed.totals()), totalsSource(parsed.totals()), Parse.of(parsed.report()),
				Validation.of(validated.validation()),
				new Pipeline(millis(parsed.fetchedAt()), millis(parsed.parsedAt()), millis(validated.validatedAt()),
						millis(indexedAt), parsed.parserVersion()),
				TableContent.of(parsed.tableContents()), FigureContent.of(parsed.figures()));
	}

	/** The codes of the tables recognised by their shape, in document order. */
	private static List<String> tablesByShape(List<ParsedTable> tables) {
		if (tables == null) {
			return null;
		}
		return tables.stream()
			.filter((table) -> RECOGNISED_BY_SHAPE.equals(table.recognition()) && table.code() != null)
			.map(ParsedTable::code)
			.distinct()
			.toList();
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
			@JsonProperty("carryover_end") BigDecimal carryoverEnd,
			@JsonProperty("reserve_expenditure") BigDecimal reserveExpenditure) {

		/**
		 * The keys of the expected files, as the parser names them; reserve_expenditure
		 * is 单位预留机动经费, a third way to spend beside 基本 and 项目 (Jiangsu).
		 */
		static final List<String> KEYS = List.of("revenue", "expenditure", "grand_total", "basic_expenditure",
				"project_expenditure", "fiscal_appropriation_revenue", "personnel", "public_funds",
				"three_public_budget", "three_public_actual", "carryover_begin", "carryover_end",
				"reserve_expenditure");

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
					amount(totals, "carryover_end"), amount(totals, "reserve_expenditure"));
		}

		private static BigDecimal amount(Map<String, TotalValue> totals, String key) {
			TotalValue value = totals.get(key);
			return (value != null) ? value.amount() : null;
		}

	}

	/**
	 * How much of the document the parser understood (its parse report).
	 *
	 * @param ocrPages the pages read by OCR; absent when no page needed OCR
	 * @param ocrMillis the time OCR took on the document; absent when no page needed OCR
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Parse(Integer tables, Integer rows, Integer cells, Integer figures,
			@JsonProperty("unmatched_lines") Integer unmatchedLines, @JsonProperty("ocr_pages") Integer ocrPages,
			@JsonProperty("ocr_millis") Long ocrMillis) {

		static Parse of(ParseReport report) {
			return (report != null) ? new Parse(report.tables(), report.rows(), report.cells(), report.figures(),
					report.unmatchedLines(), report.ocrPages(), report.ocrMillis()) : null;
		}

	}

	/**
	 * Which part of a disclosure the file is. A department may publish its narrative and
	 * its tables as two files, one disclosure: each names the other in {@code linked}
	 * once the validator has read both.
	 *
	 * @param part {@code whole}, {@code narrative} or {@code tables}
	 * @param linkKey what the files of one disclosure share (department, year, kind)
	 * @param linked the doc ids of the other file(s) of the disclosure
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Publication(String part, @JsonProperty("link_key") String linkKey, List<String> linked) {

		/** Null when the parser did not say and no other file was read with it. */
		static Publication of(org.disclosure.contracts.Publication publication,
				org.disclosure.contracts.Validation verdict) {
			List<String> linked = (verdict != null && verdict.linkedDocuments() != null) ? verdict.linkedDocuments()
					: List.of();
			if (publication == null && linked.isEmpty()) {
				return null;
			}
			return new Publication((publication != null) ? publication.part() : null,
					(publication != null) ? publication.linkKey() : null, linked);
		}

	}

	/**
	 * The tables of the national core of the document's kind ({@link RequiredTables}) it
	 * contains and lacks, and the extra tables of its province it has, so Kibana can
	 * count incomplete disclosures without knowing the rule. When the document does not
	 * show its table set (no table of the set read or listed in its 目录, or the narrative
	 * file of a split publication, whose other file holds the tables) the set is unknown
	 * and nothing is called missing.
	 *
	 * @param status {@code complete}, {@code incomplete} or {@code unknown}
	 * @param set {@code national_core}, or {@code unknown} when the set cannot be told
	 * @param required how many tables the core asks of the document; absent when unknown
	 * @param present how many of those it has; absent when unknown
	 * @param missing the core tables it lacks
	 * @param extra the canonical tables it has beyond the core (BU07, BU10, FA10,
	 * PERF_*…)
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Completeness(String status, String set, Integer required, Integer present, List<String> missing,
			List<String> extra) {

		static final String NATIONAL_CORE = "national_core";

		static final String UNKNOWN = "unknown";

		/**
		 * Null when the kind is unknown.
		 * @param docKind {@code final_account} or {@code budget}
		 * @param tables the canonical tables the document contains
		 * @param listedOnly the tables its 目录 lists but it does not contain
		 * @param narrativeFile whether it is the narrative file of a split publication,
		 * whose tables stand in the other file (a tables file holds the whole set)
		 */
		static Completeness of(String docKind, List<String> tables, List<String> listedOnly, boolean narrativeFile) {
			List<String> contained = (tables != null) ? tables : List.of();
			List<String> listed = (listedOnly != null) ? listedOnly : List.of();
			List<String> inventory = new ArrayList<>(contained);
			inventory.addAll(listed);
			List<String> required = RequiredTables.of(docKind, inventory);
			if (required.isEmpty()) {
				return null;
			}
			List<String> extra = contained.stream().filter((code) -> !required.contains(code)).distinct().toList();
			if (narrativeFile || !RequiredTables.showsTheSet(inventory)) {
				return new Completeness(UNKNOWN, UNKNOWN, null, null, List.of(), extra);
			}
			List<String> missing = required.stream().filter((code) -> !contained.contains(code)).toList();
			return new Completeness(missing.isEmpty() ? "complete" : "incomplete", NATIONAL_CORE, required.size(),
					required.size() - missing.size(), missing, extra);
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
	 * @param coverage the share of the applicable rules that ran (0–1)
	 * @param rulesSkipped how many rules could not run
	 * @param skippedRules the ids of the rules that could not run, in catalogue order
	 * @param skipped each rule that could not run with why, stored for the document API
	 */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Validation(String status, Integer errors, Integer warnings, Integer infos,
			@JsonProperty("rules_evaluated") Integer rulesEvaluated,
			@JsonProperty("finding_rules") List<String> findingRules,
			@JsonProperty("finding_severities") List<String> findingSeverities,
			@JsonProperty("finding_rule_severities") List<String> findingRuleSeverities, BigDecimal coverage,
			@JsonProperty("rules_skipped") Integer rulesSkipped,
			@JsonProperty("skipped_rules") List<String> skippedRules, List<Skipped> skipped) {

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
			List<SkippedRule> skippedRules = (verdict.skipped() != null) ? verdict.skipped() : List.of();
			// A verdict with a coverage lists its skipped rules, even none (an empty
			// list, left out of the event); one without predates skipped rules.
			boolean recordsSkipped = verdict.coverage() != null || !skippedRules.isEmpty();
			List<Skipped> skipped = skippedRules.stream()
				.map((rule) -> new Skipped(rule.ruleId(), rule.reason()))
				.toList();
			List<String> skippedIds = skippedRules.stream()
				.map(SkippedRule::ruleId)
				.filter(Objects::nonNull)
				.distinct()
				.toList();
			return new Validation(status, verdict.errors(), verdict.warnings(), infos, verdict.rulesEvaluated(),
					List.copyOf(rules), severityValues, List.copyOf(ruleSeverities), verdict.coverage(),
					recordsSkipped ? skippedIds.size() : null, skippedIds, skipped);
		}

		/** The term of {@code finding_rule_severities} for a rule and a severity. */
		public static String ruleSeverity(String ruleId, String severity) {
			return ruleId + ":" + severity;
		}

		/** A rule that could not run, and why (table not read, figure absent). */
		@JsonInclude(JsonInclude.Include.NON_NULL)
		public record Skipped(@JsonProperty("rule_id") String ruleId, String reason) {
		}

	}

	/** When each stage handled the document, and which parser read it. */
	@JsonInclude(JsonInclude.Include.NON_EMPTY)
	public record Pipeline(@JsonProperty("fetched_at") Instant fetchedAt, @JsonProperty("parsed_at") Instant parsedAt,
			@JsonProperty("validated_at") Instant validatedAt, @JsonProperty("indexed_at") Instant indexedAt,
			@JsonProperty("parser_version") String parserVersion) {
	}

}

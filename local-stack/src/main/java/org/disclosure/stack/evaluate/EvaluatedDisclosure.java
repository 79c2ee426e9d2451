package org.disclosure.stack.evaluate;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.disclosure.stack.Json;

/**
 * What the pipeline made of one labelled file: the disclosure as the document API returns
 * it ({@code GET /api/v1/documents/{doc_id}}), or why the file was not indexed.
 *
 * @param file the file's name
 * @param docId its document id, null when ingest refused it
 * @param document the document API's answer, empty when not indexed
 * @param failure why it was not indexed (reason and message), null when indexed
 */
public record EvaluatedDisclosure(String file, String docId, Map<String, Object> document, String failure) {

	/** Verdicts that claim the document was checked. */
	private static final Set<String> CHECKED_VERDICTS = Set.of("passed", "warnings");

	/** An indexed disclosure. */
	public static EvaluatedDisclosure indexed(String file, String docId, Map<String, Object> document) {
		return new EvaluatedDisclosure(file, docId, document, null);
	}

	/** A file the pipeline did not index. */
	public static EvaluatedDisclosure failed(String file, String docId, String failure) {
		return new EvaluatedDisclosure(file, docId, Map.of(), failure);
	}

	public boolean isIndexed() {
		return this.failure == null;
	}

	/** The value of a metadata field as text ({@code region.province}), or null. */
	public String field(String path) {
		return Json.text(this.document, path);
	}

	/** The totals, by key, in 万元. */
	public Map<String, BigDecimal> totals() {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		Json.asMap(this.document.get("totals")).forEach((key, value) -> {
			if (value != null) {
				totals.put(key, new BigDecimal(value.toString()));
			}
		});
		return totals;
	}

	/** The canonical codes of the tables read. */
	public List<String> tables() {
		return Json.asList(this.document.get("tables")).stream().map(Object::toString).toList();
	}

	/**
	 * The validation status ({@code passed}, {@code warnings}, {@code failed},
	 * {@code incomplete}).
	 */
	public String status() {
		return field("validation.status");
	}

	/** True when the verdict claims the document was checked: passed or warnings. */
	public boolean claimsChecked() {
		return CHECKED_VERDICTS.contains(status());
	}

	/** True when the document carries no narrative: a tables-only file. */
	public boolean tablesOnly() {
		String part = field("publication.part");
		return (part != null) ? part.equals("tables") : Json.asList(this.document.get("figures")).isEmpty();
	}

	/** The findings of the rule catalogue, in catalogue order. */
	public List<Finding> findings() {
		List<Finding> findings = new ArrayList<>();
		for (Object finding : Json.asList(this.document.get("findings"))) {
			List<BigDecimal> figures = new ArrayList<>();
			for (String amount : List.of("expected", "actual", "difference")) {
				String value = Json.text(finding, amount);
				if (value != null) {
					figures.add(new BigDecimal(value).abs());
				}
			}
			findings.add(new Finding(Json.text(finding, "rule_id"), Json.text(finding, "severity"),
					Json.text(finding, "message"), Json.text(finding, "location"), figures));
		}
		return findings;
	}

	/**
	 * One finding.
	 *
	 * @param figures its expected, actual and difference, where given
	 */
	public record Finding(String rule, String severity, String message, String location, List<BigDecimal> figures) {

		/** Message and location, what a reader reads. */
		public String text() {
			return ((this.message != null) ? this.message : "") + " @ "
					+ ((this.location != null) ? this.location : "");
		}

		public boolean isError() {
			return "error".equals(this.severity);
		}

	}

}

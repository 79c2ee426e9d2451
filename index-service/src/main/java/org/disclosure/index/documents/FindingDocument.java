package org.disclosure.index.documents;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.disclosure.contracts.DisclosureMetadata;
import org.disclosure.contracts.DocumentValidated;
import org.disclosure.contracts.Finding;

/**
 * One finding of the rule catalogue on one disclosure, as {@code disclosure-findings}
 * holds it, with the disclosure's who, where and when so findings can be split by
 * department, region and year.
 *
 * @param page the page of the first place involved, where the format has pages
 * @param unit the unit of expected, actual and difference (万元, %)
 * @param tolerance the tolerance applied, as a reader reads it
 * @param documents the doc ids whose figures the finding compares: this one, and the
 * other file of a split publication
 * @param source {@code ocr} when a figure it compares was read by OCR
 * @param ocrConfidence the lowest OCR confidence (0–1) of the figures it compares; below
 * the validator's threshold an error is a warning (a possible misread)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FindingDocument(@JsonProperty("finding_id") String findingId, @JsonProperty("doc_id") String docId,
		String department, DisclosureDocument.Region region, @JsonProperty("admin_level") String adminLevel,
		@JsonProperty("fiscal_year") Integer fiscalYear, @JsonProperty("doc_kind") String docKind,
		@JsonProperty("rule_id") String ruleId, @JsonProperty("rule_title") String ruleTitle, String severity,
		String message, BigDecimal expected, BigDecimal actual, BigDecimal difference, String location, Integer page,
		String unit, String tolerance, List<String> documents, String source,
		@JsonProperty("ocr_confidence") BigDecimal ocrConfidence, @JsonProperty("validated_at") Instant validatedAt) {

	/**
	 * The findings of {@code validated}, numbered in the order the catalogue gave them.
	 */
	public static List<FindingDocument> of(DocumentValidated validated) {
		if (validated.validation() == null || validated.validation().findings() == null) {
			return List.of();
		}
		DisclosureMetadata metadata = (validated.document() != null && validated.document().metadata() != null)
				? validated.document().metadata()
				: new DisclosureMetadata(null, null, null, null, null, null, null, null, null);
		List<FindingDocument> documents = new ArrayList<>();
		List<Finding> findings = validated.validation().findings();
		for (int i = 0; i < findings.size(); i++) {
			Finding finding = findings.get(i);
			documents.add(new FindingDocument(validated.docId() + ":" + i, validated.docId(), metadata.department(),
					DisclosureDocument.Region.of(metadata.region()), metadata.adminLevel(), metadata.fiscalYear(),
					(metadata.docKind() != null) ? metadata.docKind().value() : null, finding.ruleId(),
					finding.ruleTitle(), (finding.severity() != null) ? finding.severity().value() : null,
					finding.message(), finding.expected(), finding.actual(), finding.difference(), finding.location(),
					finding.page(), finding.unit(), finding.tolerance(), finding.documents(), finding.source(),
					finding.ocrConfidence(), DisclosureDocument.millis(validated.validatedAt())));
		}
		return documents;
	}

}

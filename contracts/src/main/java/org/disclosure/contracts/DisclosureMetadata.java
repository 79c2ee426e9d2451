package org.disclosure.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a disclosure says about itself. A field the parser could not read stays null: it
 * is never guessed.
 *
 * @param adminLevel central, province, city, district, county or township
 * @param published publication month as printed, {@code yyyy-MM}
 * @param unit the money unit of the tables, e.g. 万元
 * @param coveredUnits the units the account covers (决算/预算单位构成)
 * @param scope {@code department} (部门预算/决算: a department and its units) or {@code unit}
 * (单位预算/决算: one unit)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DisclosureMetadata(String title, String department, Region region, String adminLevel, Integer fiscalYear,
		DocKind docKind, String published, String unit, List<String> coveredUnits, String scope) {

	/** Metadata without a known scope. */
	public DisclosureMetadata(String title, String department, Region region, String adminLevel, Integer fiscalYear,
			DocKind docKind, String published, String unit, List<String> coveredUnits) {
		this(title, department, region, adminLevel, fiscalYear, docKind, published, unit, coveredUnits, null);
	}

}

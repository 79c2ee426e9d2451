package org.disclosure.contracts;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What a disclosure says about itself. A field the parser could not read stays null: it
 * is never guessed.
 *
 * @param adminLevel province, city, district or county
 * @param published publication month as printed, {@code yyyy-MM}
 * @param unit the money unit of the tables, e.g. 万元
 * @param coveredUnits the units the account covers (决算/预算单位构成)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record DisclosureMetadata(String title, String department, Region region, String adminLevel, Integer fiscalYear,
		DocKind docKind, String published, String unit, List<String> coveredUnits) {
}

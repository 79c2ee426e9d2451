package org.disclosure.stack.evaluate;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.disclosure.stack.Json;

/**
 * What a labelled disclosure must yield, read from its expected file (the format of
 * {@code shared/real-world/expected} and {@code shared/fixtures/expected}): metadata,
 * totals in 万元, the canonical tables present and the inconsistencies a careful reader
 * found in it. Fields the evaluation does not know are ignored; a field left out is not
 * checked.
 *
 * @param name the document's name (the expected file's name without {@code .json})
 * @param metadata the metadata checks, by field of the document API
 * @param totals the totals by key, in 万元
 * @param tablesPresent the canonical codes of the tables the document contains
 * @param inconsistencies the known inconsistencies (real defects) it contains
 */
public record ExpectedDisclosure(String name, Map<String, Expectation> metadata, Map<String, BigDecimal> totals,
		List<String> tablesPresent, List<KnownInconsistency> inconsistencies) {

	/** One expected metadata value and how it is compared. */
	public record Expectation(String expected, Match match) {
	}

	/** How an expected metadata value is compared with the document's. */
	public enum Match {

		/** Equal, or both absent. */
		EQUALS,

		/** The document's value contains the expected one. */
		CONTAINS,

		/** The document's value is one of the {@code /}-separated expected ones. */
		ONE_OF

	}

	/** Reads an expected file. */
	public static ExpectedDisclosure read(Path file) throws IOException {
		String name = file.getFileName().toString().replaceFirst("\\.json$", "");
		return of(name, Json.parseObject(Files.readString(file, StandardCharsets.UTF_8)));
	}

	static ExpectedDisclosure of(String name, Map<String, Object> json) {
		Map<String, Object> metadata = Json.asMap(json.get("metadata"));
		Map<String, Expectation> checks = new LinkedHashMap<>();
		String department = Json.text(metadata, "department");
		String contained = Json.text(metadata, "department_contains");
		if (contained != null) {
			checks.put("department", new Expectation(contained, Match.CONTAINS));
		}
		else if (department != null) {
			checks.put("department", new Expectation(department, Match.EQUALS));
		}
		for (String field : List.of("fiscal_year", "doc_kind", "scope", "published", "unit")) {
			if (metadata.containsKey(field)) {
				checks.put(field, new Expectation(Json.text(metadata, field), Match.EQUALS));
			}
		}
		Object region = metadata.get("region");
		if (region instanceof Map<?, ?>) {
			for (String level : List.of("province", "city", "county")) {
				checks.put("region." + level, new Expectation(Json.text(region, level), Match.EQUALS));
			}
		}
		String level = (Json.text(metadata, "admin_level") != null) ? Json.text(metadata, "admin_level")
				: Json.text(metadata, "level");
		if (level != null) {
			// "township (街道办事处, …)", "county/district", "province (Party organ)"
			checks.put("admin_level", new Expectation(level.split("[ (（]", 2)[0].strip(), Match.ONE_OF));
		}
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		Json.asMap(json.get("totals")).forEach((key, value) -> {
			if (value != null) {
				totals.put(key, new BigDecimal(value.toString()));
			}
		});
		List<String> tables = new ArrayList<>();
		Json.asList(json.get("tables_present")).forEach((code) -> tables.add(code.toString()));
		List<KnownInconsistency> inconsistencies = new ArrayList<>();
		Json.asList(json.get("known_inconsistencies"))
			.forEach((text) -> inconsistencies.add(KnownInconsistency.described(text.toString())));
		for (Object finding : Json.asList(json.get("findings_expected"))) {
			inconsistencies.add(KnownInconsistency.listed(Json.text(finding, "rule"), Json.text(finding, "severity"),
					Json.text(finding, "what")));
		}
		return new ExpectedDisclosure(name, checks, totals, List.copyOf(tables), List.copyOf(inconsistencies));
	}

}

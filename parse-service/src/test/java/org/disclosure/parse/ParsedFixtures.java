package org.disclosure.parse;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The fixture documents parsed once per test run (Tika on 15 files takes seconds), and
 * their expected facts.
 */
public final class ParsedFixtures {

	private static final DocumentParser PARSER = DocumentParser.standard();

	private static final Map<String, ParseOutcome> OUTCOMES = new ConcurrentHashMap<>();

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ParsedFixtures() {
	}

	/** The parser the fixtures were parsed with. */
	public static DocumentParser parser() {
		return PARSER;
	}

	/** The outcome of parsing {@code fixture}, computed once. */
	public static ParseOutcome outcome(FixtureDocument fixture) {
		return OUTCOMES.computeIfAbsent(fixture.fileName(), (name) -> PARSER.parse(fixture.bytes(), source(fixture)));
	}

	/** The outcome of {@code fixture}, which must be a parsed disclosure. */
	public static ParseOutcome.Parsed parsed(FixtureDocument fixture) {
		ParseOutcome outcome = outcome(fixture);
		if (outcome instanceof ParseOutcome.Parsed parsed) {
			return parsed;
		}
		throw new AssertionError(fixture + " was not parsed: " + outcome);
	}

	/** The fixture file named {@code fileName}, e.g. {@code luolong-2024-final.txt}. */
	public static FixtureDocument fixture(String fileName) {
		return Fixtures.documents()
			.stream()
			.filter((fixture) -> fixture.fileName().equals(fileName))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No fixture " + fileName));
	}

	/** The expected facts of {@code fixture}'s document. */
	public static JsonNode expected(FixtureDocument fixture) {
		return JSON.readTree(Fixtures.expectedJson(fixture.document()));
	}

	/** The expected totals of {@code fixture}'s document, by key, in 万元. */
	public static Map<String, BigDecimal> expectedTotals(FixtureDocument fixture) {
		Map<String, BigDecimal> totals = new LinkedHashMap<>();
		expected(fixture).get("totals")
			.properties()
			.forEach((total) -> totals.put(total.getKey(), new BigDecimal(total.getValue().asString())));
		return totals;
	}

	/** The strings of an expected array field, empty when the file has none. */
	public static List<String> expectedList(FixtureDocument fixture, String field) {
		List<String> values = new ArrayList<>();
		JsonNode node = expected(fixture).get(field);
		if (node != null) {
			node.forEach((value) -> values.add(value.asString()));
		}
		return values;
	}

	/** Every fixture file. */
	public static Stream<FixtureDocument> all() {
		return Fixtures.documents().stream();
	}

	/**
	 * The fixture files that carry a narrative (all but the tables-only spreadsheets).
	 */
	public static Stream<FixtureDocument> withNarrative() {
		return all().filter((fixture) -> !fixture.tablesOnly());
	}

	/** The fixture file of {@code document} in {@code format}. */
	public static FixtureDocument file(String document, String format) {
		return all().filter((fixture) -> fixture.document().equals(document) && fixture.format().equals(format))
			.findFirst()
			.orElseThrow(() -> new IllegalArgumentException("No fixture " + document + "." + format));
	}

	static DocumentSource source(FixtureDocument fixture) {
		return new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null);
	}

}

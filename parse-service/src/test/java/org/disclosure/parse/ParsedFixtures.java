package org.disclosure.parse;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

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

	/** The expected facts of {@code fixture}'s document. */
	public static JsonNode expected(FixtureDocument fixture) {
		return JSON.readTree(Fixtures.expectedJson(fixture.document()));
	}

	static DocumentSource source(FixtureDocument fixture) {
		return new DocumentSource(null, fixture.fileName(), null, fixture.bytes().length, null);
	}

}

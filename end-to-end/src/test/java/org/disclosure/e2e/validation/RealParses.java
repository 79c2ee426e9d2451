package org.disclosure.e2e.validation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.DocumentSource;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.parse.DocumentParsedMapper;
import org.disclosure.parse.DocumentParser;
import org.disclosure.parse.ParseOutcome;
import org.disclosure.support.events.EventCodec;

/**
 * The fixture files as validate-service receives them: parsed by the real parser, mapped
 * to the {@link DocumentParsed} event and passed through its JSON form, once per run.
 */
final class RealParses {

	private static final Instant AT = Instant.parse("2025-09-01T00:00:00Z");

	private static final DocumentParser PARSER = DocumentParser.standard();

	private static final EventCodec CODEC = new EventCodec();

	private static final Map<String, DocumentParsed> PARSED = new ConcurrentHashMap<>();

	private RealParses() {
	}

	/** Every fixture file (txt, html, docx, pdf and the tables-only xlsx). */
	static List<FixtureDocument> fixtures() {
		return Fixtures.documents();
	}

	/** The fixture files that carry the narrative: txt, html, docx and pdf. */
	static List<FixtureDocument> fullDocuments() {
		return fixtures().stream().filter((fixture) -> !fixture.tablesOnly()).toList();
	}

	/** The event parse-service publishes for {@code fixture}. */
	static DocumentParsed parsed(FixtureDocument fixture) {
		return PARSED.computeIfAbsent(fixture.fileName(), (name) -> parse(fixture));
	}

	/**
	 * The events of {@code fixtures} by file name, then those of {@code eventFiles}
	 * (DocumentParsed JSON, as a topic holds them) by theirs.
	 */
	static Map<String, DocumentParsed> documents(List<FixtureDocument> fixtures, String... eventFiles)
			throws IOException {
		Map<String, DocumentParsed> documents = new LinkedHashMap<>();
		for (FixtureDocument fixture : fixtures) {
			documents.put(fixture.fileName(), parsed(fixture));
		}
		for (String file : eventFiles) {
			documents.put(Path.of(file).getFileName().toString(),
					CODEC.decode(Files.readAllBytes(Path.of(file)), DocumentParsed.class));
		}
		return documents;
	}

	private static DocumentParsed parse(FixtureDocument fixture) {
		byte[] bytes = fixture.bytes();
		DocumentSource source = new DocumentSource("https://fixtures.example/" + fixture.fileName(), fixture.fileName(),
				null, bytes.length, null);
		ParseOutcome outcome = PARSER.parse(bytes, source);
		if (!(outcome instanceof ParseOutcome.Parsed parsed)) {
			throw new AssertionError(fixture + " was not parsed: " + outcome);
		}
		DocumentFetched fetched = new DocumentFetched(DocumentFetched.SCHEMA_VERSION, "ab".repeat(32), "ab".repeat(32),
				source, AT);
		DocumentParsed event = DocumentParsedMapper.event(fetched, parsed, "cd".repeat(32), AT);
		// Through JSON, as the validate-service listener receives it.
		return CODEC.decode(CODEC.encode(event), DocumentParsed.class);
	}

}

package org.disclosure.parse;

import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;

import org.disclosure.contracts.DocumentFetched;
import org.disclosure.contracts.DocumentParsed;
import org.disclosure.contracts.FigureKind;
import org.disclosure.contracts.NarrativeFigure;
import org.disclosure.fixtures.FixtureDocument;
import org.disclosure.fixtures.Fixtures;
import org.disclosure.support.events.EventCodec;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What validate-service and index-service receive: the parse, as the event carries it.
 */
class DocumentParsedMapperTest {

	/** Kafka's default record limit; the event must fit without raising it. */
	private static final int MAX_EVENT_BYTES = 1024 * 1024;

	private final EventCodec codec = new EventCodec();

	static Stream<FixtureDocument> fixtures() {
		return Fixtures.documents().stream();
	}

	@ParameterizedTest
	@MethodSource("fixtures")
	void theEventCarriesTheTotalsTablesAndFiguresAndFitsInARecord(FixtureDocument fixture) {
		ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) ParsedFixtures.outcome(fixture);
		DocumentFetched fetched = new DocumentFetched(1, "ab".repeat(32), "ab".repeat(32), null,
				Instant.parse("2025-09-01T00:00:00Z"));

		byte[] json = this.codec.encode(DocumentParsedMapper.event(fetched, parsed, "cd".repeat(32), Instant.now()));
		DocumentParsed event = this.codec.decode(json, DocumentParsed.class);

		assertThat(json.length).as("event bytes").isLessThan(MAX_EVENT_BYTES);
		JsonNode expectedTotals = JsonMapper.builder()
			.build()
			.readTree(Fixtures.expectedJson(fixture.document()))
			.get("totals");
		for (Map.Entry<String, JsonNode> total : expectedTotals.properties()) {
			if (event.totals().containsKey(total.getKey())) {
				assertThat(event.totals().get(total.getKey()).amount()).as(total.getKey())
					.isEqualByComparingTo(total.getValue().decimalValue());
			}
		}
		assertThat(event.tableContents()).extracting((table) -> table.code()).containsAll(event.tables());
		assertThat(event.report().tables()).isEqualTo(event.tableContents().size());
		if (!fixture.tablesOnly()) {
			assertThat(event.totals().values()).allSatisfy((total) -> assertThat(total.source()).isEqualTo("table"));
			assertThat(event.figures()).isNotEmpty();
			assertThat(event.figures()).extracting(NarrativeFigure::statement).isSorted();
			assertThat(event.figures())
				.filteredOn((figure) -> figure.kind() == FigureKind.CHANGE && figure.sentence().contains("减少"))
				.allSatisfy((figure) -> assertThat(figure.value().signum()).isLessThanOrEqualTo(0));
		}
	}

}

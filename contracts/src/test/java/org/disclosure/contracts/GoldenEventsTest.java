package org.disclosure.contracts;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each event version has a golden JSON file. Reading it and writing it back must give the
 * same tree: renaming, dropping or retyping a field breaks this test.
 */
class GoldenEventsTest {

	private final JsonMapper mapper = JsonMapper.builder().build();

	static Stream<Arguments> events() {
		return Stream.of(Arguments.of("fetch-requested.v1.json", FetchRequested.class),
				Arguments.of("document-fetched.v1.json", DocumentFetched.class),
				Arguments.of("document-parsed.v1.json", DocumentParsed.class),
				Arguments.of("document-parsed-with-tables.v1.json", DocumentParsed.class),
				Arguments.of("document-validated.v1.json", DocumentValidated.class),
				Arguments.of("document-indexed.v1.json", DocumentIndexed.class),
				Arguments.of("document-indexed-without-stage-times.v1.json", DocumentIndexed.class),
				Arguments.of("document-failed.v1.json", DocumentFailed.class),
				Arguments.of("document-failed-landing-page.v1.json", DocumentFailed.class));
	}

	@ParameterizedTest
	@MethodSource("events")
	void goldenFileRoundTrips(String file, Class<? extends PipelineEvent> type) throws IOException {
		JsonNode golden = read(file);
		PipelineEvent event = this.mapper.treeToValue(golden, type);
		JsonNode written = this.mapper.readTree(this.mapper.writeValueAsString(event));
		assertThat(written).isEqualTo(golden);
		assertThat(event.schemaVersion()).isEqualTo(1);
		assertThat(event.cloudEventType()).startsWith("org.disclosure.").endsWith(".v1");
		assertThat(event.key()).isNotBlank();
	}

	@ParameterizedTest
	@MethodSource("events")
	void typesAreDistinctPerEvent(String file, Class<? extends PipelineEvent> type) throws IOException {
		PipelineEvent event = this.mapper.treeToValue(read(file), type);
		String simple = type.getSimpleName().replace("Document", "").toLowerCase();
		assertThat(event.cloudEventType().replace(".", "")).contains(simple);
	}

	@Test
	void anIndexedEventWithoutStageTimesStillReads() throws IOException {
		DocumentIndexed indexed = this.mapper.treeToValue(read("document-indexed-without-stage-times.v1.json"),
				DocumentIndexed.class);

		assertThat(indexed.fetchedAt()).isNull();
		assertThat(indexed.validatedAt()).isNull();
		assertThat(indexed).isEqualTo(new DocumentIndexed(1, indexed.docId(), "disclosures", indexed.indexedAt()));
	}

	@Test
	void anIndexedEventCarriesTheTimesOfFetchAndValidation() throws IOException {
		DocumentIndexed indexed = this.mapper.treeToValue(read("document-indexed.v1.json"), DocumentIndexed.class);

		assertThat(Duration.between(indexed.fetchedAt(), indexed.indexedAt())).hasSeconds(5);
		assertThat(Duration.between(indexed.validatedAt(), indexed.indexedAt())).hasSeconds(1);
	}

	@Test
	void aFailureListsTheAttachmentsOfALandingPageAndOthersListNone() throws IOException {
		DocumentFailed landingPage = this.mapper.treeToValue(read("document-failed-landing-page.v1.json"),
				DocumentFailed.class);
		DocumentFailed corrupt = this.mapper.treeToValue(read("document-failed.v1.json"), DocumentFailed.class);

		assertThat(landingPage.attachments()).containsExactly("http://www.lylq.gov.cn/attach/2024部门决算.pdf",
				"http://www.lylq.gov.cn/attach/2024预算公开.xls");
		assertThat(corrupt.attachments()).isNull();
		assertThat(this.mapper.writeValueAsString(corrupt)).doesNotContain("attachments");
	}

	private JsonNode read(String file) throws IOException {
		try (InputStream in = getClass().getResourceAsStream("/golden/" + file)) {
			return this.mapper.readTree(in);
		}
	}

}

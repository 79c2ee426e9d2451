package org.disclosure.index.replay;

import org.disclosure.contracts.Stage;
import org.disclosure.contracts.Topics;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayRequestTest {

	private static final String DOC_ID = "ab".repeat(32);

	@Test
	void aDocumentIsReplayedAtParseUnlessAStageIsNamed() {
		ReplayRequest parse = new ReplayRequest(DOC_ID, null, null, null);
		ReplayRequest index = new ReplayRequest(" " + DOC_ID.toUpperCase() + " ", "index", null, null);

		assertThat(parse.kind()).isEqualTo(ReplayKind.DOCUMENT);
		assertThat(parse.replayedStage()).isEqualTo(Stage.PARSE);
		assertThat(index.kind()).isEqualTo(ReplayKind.DOCUMENT);
		assertThat(index.replayedStage()).isEqualTo(Stage.INDEX);
		assertThat(index.documentId()).isEqualTo(DOC_ID);
	}

	@Test
	void aStageAloneReplaysEveryDocumentOfIt() {
		ReplayRequest request = new ReplayRequest(null, "Validate", null, null);

		assertThat(request.kind()).isEqualTo(ReplayKind.STAGE);
		assertThat(request.replayedStage()).isEqualTo(Stage.VALIDATE);
	}

	@Test
	void aDeadLetterTopicIsReplayedFromItsFirstOffsetUnlessOneIsNamed() {
		ReplayRequest request = new ReplayRequest(null, null, "disclosure.fetched.v1-dlt", null);

		assertThat(request.kind()).isEqualTo(ReplayKind.DEAD_LETTER_TOPIC);
		assertThat(request.firstOffset()).isZero();
		assertThat(new ReplayRequest(null, null, "disclosure.fetched.v1-dlt", 7L).firstOffset()).isEqualTo(7);
	}

	@Test
	void eachStageReplaysTheTopicItReads() {
		assertThat(StageTopics.input(Stage.PARSE)).isEqualTo(Topics.FETCHED);
		assertThat(StageTopics.input(Stage.VALIDATE)).isEqualTo(Topics.PARSED);
		assertThat(StageTopics.input(Stage.INDEX)).isEqualTo(Topics.VALIDATED);
	}

	@Test
	void ingestCannotBeReplayedFromTopics() {
		assertThatThrownBy(() -> new ReplayRequest(DOC_ID, "ingest", null, null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("push the document again");
		assertThatThrownBy(() -> new ReplayRequest(null, "ingest", null, null).kind())
			.isInstanceOf(InvalidReplayException.class);
	}

	@Test
	void aRequestForNothingForTwoThingsOrForSomethingMalformedIsRefused() {
		assertThatThrownBy(() -> new ReplayRequest(null, null, null, null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("Say what to replay");
		assertThatThrownBy(() -> new ReplayRequest(DOC_ID, null, "disclosure.fetched.v1-dlt", null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("leave doc_id and stage out");
		assertThatThrownBy(() -> new ReplayRequest(null, null, "disclosure.fetched.v1", null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("-dlt");
		assertThatThrownBy(() -> new ReplayRequest(null, null, "disclosure.fetched.v1-dlt", -1L).kind())
			.isInstanceOf(InvalidReplayException.class);
		assertThatThrownBy(() -> new ReplayRequest(null, "parse", null, 3L).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("from_offset");
		assertThatThrownBy(() -> new ReplayRequest("abc123", "parse", null, null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("64 hex digits");
		assertThatThrownBy(() -> new ReplayRequest(null, "publish", null, null).kind())
			.isInstanceOf(InvalidReplayException.class)
			.hasMessageContaining("parse, validate, index");
	}

}

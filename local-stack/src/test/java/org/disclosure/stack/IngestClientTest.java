package org.disclosure.stack;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IngestClientTest {

	@Test
	void anAcceptedDocumentShowsItsIdAndStatus() {
		IngestClient.Outcome outcome = IngestClient.Outcome.of(202, "{\"doc_id\":\"ab12\",\"status\":\"duplicate\"}");
		assertThat(outcome.isAccepted()).isTrue();
		assertThat(outcome.describe()).isEqualTo("ab12  duplicate");
	}

	@Test
	void aRefusalShowsStatusErrorAndMessage() {
		IngestClient.Outcome outcome = IngestClient.Outcome.of(413,
				"{\"error\":\"payload_too_large\",\"message\":\"over 100 MB\"}");
		assertThat(outcome.isAccepted()).isFalse();
		assertThat(outcome.describe()).isEqualTo("HTTP 413 payload_too_large: over 100 MB");
	}

	@Test
	void aBodyThatIsNotJsonIsShownAsText() {
		assertThat(IngestClient.Outcome.of(502, "Bad Gateway").describe()).isEqualTo("HTTP 502: Bad Gateway");
		assertThat(IngestClient.Outcome.of(401, "").describe()).isEqualTo("HTTP 401");
	}

}

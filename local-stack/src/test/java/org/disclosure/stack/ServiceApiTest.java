package org.disclosure.stack;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceApiTest {

	@Test
	void aRefusalShowsTheServicesErrorAndMessage() {
		ServiceApi.Answer answer = new ServiceApi.Answer(401,
				"{\"error\":\"unauthorized\",\"message\":\"Header X-Api-Key is missing or wrong\"}");
		assertThat(answer.isSuccess()).isFalse();
		assertThat(answer.refusal()).isEqualTo("HTTP 401 unauthorized: Header X-Api-Key is missing or wrong");
	}

	@Test
	void anAnswerThatIsNotJsonIsItsOwnMessageCutShort() {
		ServiceApi.Answer page = new ServiceApi.Answer(502, "  <html>" + "x".repeat(300) + "</html>\n");
		assertThat(page.fields()).containsOnlyKeys("message");
		assertThat(page.refusal()).isEqualTo("HTTP 502: <html>" + "x".repeat(194));
		assertThat(new ServiceApi.Answer(503, " ").fields()).isEmpty();
		assertThat(new ServiceApi.Answer(503, "").refusal()).isEqualTo("HTTP 503");
	}

	@Test
	void aSuccessIsReadAsJson() {
		ServiceApi.Answer answer = new ServiceApi.Answer(202, "{\"state\": \"replaying\"}");
		assertThat(answer.isSuccess()).isTrue();
		assertThat(answer.json()).isEqualTo(Map.of("state", "replaying"));
		assertThat(answer.fields()).isEqualTo(answer.json());
	}

}

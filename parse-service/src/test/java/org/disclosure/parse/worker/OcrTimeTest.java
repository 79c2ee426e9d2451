package org.disclosure.parse.worker;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OcrTimeTest {

	private final OcrTime time = new OcrTime(Duration.ofSeconds(60), Duration.ofMinutes(25));

	@Test
	void eachPageAddsItsTimeUntilTheMostADocumentMayTake() {
		assertThat(this.time.extension(Duration.ofSeconds(120))).isEqualTo(Duration.ofSeconds(60));
		assertThat(this.time.extension(Duration.ofMinutes(24).plusSeconds(30))).as("only what is left")
			.isEqualTo(Duration.ofSeconds(30));
		assertThat(this.time.extension(Duration.ofMinutes(25))).isZero();
	}

	@Test
	void aScanOfManyPagesStopsAtTheMostADocumentMayTake() {
		Duration allowed = Duration.ofSeconds(120);
		for (int page = 0; page < 200; page++) {
			allowed = allowed.plus(this.time.extension(allowed));
		}

		assertThat(allowed).as("200 pages at 60 s would be 202 minutes").isEqualTo(Duration.ofMinutes(25));
	}

	@Test
	void withoutOcrAParseKeepsItsTimeLimit() {
		assertThat(OcrTime.NONE.extension(Duration.ofSeconds(120))).isZero();
	}

}

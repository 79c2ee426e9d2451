package org.disclosure.parse.guard;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.disclosure.parse.ParseFailure;
import org.disclosure.parse.ParseOutcome;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

class GuardedParserTest {

	@Test
	void aParseThatLoopsIsATimeoutFailureAndTheNextDocumentStillParses() {
		AtomicBoolean stop = new AtomicBoolean();
		GuardedParser guarded = new GuardedParser((bytes, source) -> {
			if (bytes.length == 1) {
				while (!stop.get()) {
					Thread.onSpinWait();
				}
			}
			return ParseOutcome.failed(ParseFailure.NO_TEXT, "parsed " + bytes.length + " bytes");
		}, Duration.ofMillis(300));

		ParseOutcome.Failed looping = (ParseOutcome.Failed) guarded.parse(new byte[1], null);
		ParseOutcome.Failed next = (ParseOutcome.Failed) guarded.parse(new byte[2], null);

		assertThat(looping.failure()).isEqualTo(ParseFailure.TIME_LIMIT);
		assertThat(looping.reason()).isEqualTo("parse_timeout");
		assertThat(next.message()).isEqualTo("parsed 2 bytes");
		assertThat(guarded.stuckWorkers()).as("the loop ignores interrupts").isEqualTo(1);
		stop.set(true);
		await().atMost(Duration.ofSeconds(5)).until(() -> guarded.stuckWorkers() == 0);
	}

	@Test
	void aParseThatHonoursTheInterruptFreesItsWorker() {
		GuardedParser guarded = new GuardedParser((bytes, source) -> {
			try {
				Thread.sleep(60_000);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return null;
		}, Duration.ofMillis(200));

		assertThat(((ParseOutcome.Failed) guarded.parse(new byte[1], null)).failure())
			.isEqualTo(ParseFailure.TIME_LIMIT);
		await().atMost(Duration.ofSeconds(5)).until(() -> guarded.stuckWorkers() == 0);
	}

	@Test
	void runningOutOfMemoryIsAFailureOfTheDocumentNotOfTheService() {
		GuardedParser guarded = new GuardedParser((bytes, source) -> {
			List<long[]> hog = new ArrayList<>();
			while (true) {
				hog.add(new long[16 * 1024 * 1024]);
			}
		}, Duration.ofMinutes(2));

		ParseOutcome.Failed failed = (ParseOutcome.Failed) guarded.parse(new byte[3], null);

		assertThat(failed.failure()).isEqualTo(ParseFailure.OUT_OF_MEMORY);
		assertThat(failed.message()).contains("3 bytes");
	}

	@Test
	void aParserExceptionIsAnUnreadableDocument() {
		GuardedParser guarded = new GuardedParser((bytes, source) -> {
			throw new IllegalStateException("boom");
		}, Duration.ofSeconds(5));

		ParseOutcome.Failed failed = (ParseOutcome.Failed) guarded.parse(new byte[1], null);

		assertThat(failed.failure()).isEqualTo(ParseFailure.UNREADABLE_DOCUMENT);
		assertThat(failed.message()).contains("IllegalStateException: boom");
	}

}
